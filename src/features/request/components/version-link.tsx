import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InsetText } from '../../../components/callouts';
import { savedCommunicationNeeds } from '../../../platform/device/communication-needs';

/**
 * The link between a page and its easy-read version (short lines, big text), near the
 * top of both, so a patient who needs easy read finds it before the long text.
 */
export function VersionLink({ to, version }: { to: string; version: 'easy-read' | 'standard' }) {
  const { t } = useTranslation('easy-read');
  // The patient told us they need easy read (asked once, kept on this device): the way
  // to it stands out.
  const asked = version === 'easy-read' && savedCommunicationNeeds()?.needs.includes('easy-read');
  const link = (
    <p data-testid={asked ? undefined : 'version-link'}>
      <Link to={to}>
        <strong>{version === 'easy-read' ? t('links.easyRead') : t('links.standard')}</strong>
      </Link>
    </p>
  );
  return asked ? <InsetText testId="version-link">{link}</InsetText> : link;
}
