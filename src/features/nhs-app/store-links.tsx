import { useTranslation } from 'react-i18next';
import { STORE_URLS, storesInOrder, type DeviceKind } from '../../domain/nhs-app/device';

/** Both app stores, the one this phone uses first. */
export function StoreLinks({ device }: { device: DeviceKind }) {
  const { t } = useTranslation('nhs-app');
  return (
    <ul className="nhsuk-list fd-store-links" data-testid="store-links">
      {storesInOrder(device).map((store) => (
        <li key={store}>
          <a className="fd-store-link" href={STORE_URLS[store]} rel="noopener" data-store={store}>
            {t(`stores.${store}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
