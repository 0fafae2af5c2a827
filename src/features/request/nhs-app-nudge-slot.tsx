import { NhsAppNudge } from '../../components/nhs-app-nudge';

/**
 * Where the NHS App nudge goes after a request is sent (DESIGN.md journey 6). The shared
 * nudge decides for itself whether it is due (never in the NHS App, once a visit, ...).
 */
export function NhsAppNudgeSlot({ ods, moment }: { ods: string; moment: 'request-sent' }) {
  return <NhsAppNudge ods={ods} placement={moment} />;
}
