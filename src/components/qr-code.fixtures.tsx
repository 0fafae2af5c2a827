import { QrCode } from './qr-code';
import type { ComponentFixture } from './component-fixture';

export const fixtures: ComponentFixture[] = [
  {
    name: 'a link to carry on on a phone',
    render: () => <QrCode text="https://frontdoor.example/Y99001" label="QR code for frontdoor.example/Y99001" className="fd-carry-on__qr" />,
  },
];
