import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { countEvent } from '../../platform/nhs-app/counts';
import { linkSourceFrom } from '../../domain/nhs-app/registration-link';

const counted = new Set<string>();

/**
 * A patient who came from a staff link (`?via=sms&c=flu-2026`) is counted once under
 * that channel; then the query is taken off the address, so a reload or a bookmark
 * does not count again and nothing about the link stays in the history.
 */
export function useCountLinkOpen(ods: string) {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const source = linkSourceFrom(location.search);
    if (!source) return;
    if (!counted.has(location.key)) {
      counted.add(location.key);
      countEvent(ods, { kind: 'link-open', channel: source.channel, ...(source.campaign ? { campaign: source.campaign } : {}) });
    }
    void navigate({ pathname: location.pathname, hash: location.hash }, { replace: true });
  }, [ods, location.key, location.search, location.pathname, location.hash, navigate]);
}
