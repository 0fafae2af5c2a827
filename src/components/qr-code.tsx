import { useMemo } from 'react';
import { qrMatrix, qrSvgPath } from '../platform/nhs-app/qr-code';

/**
 * A QR code for `text`, drawn as one SVG path on the device (nothing is sent anywhere).
 * `label` is what a screen reader hears; it should include the link itself.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, d } = useMemo(() => qrSvgPath(qrMatrix(text)), [text]);
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
      data-qr-text={text}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
