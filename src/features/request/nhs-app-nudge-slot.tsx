/**
 * Where the NHS App nudge goes after a request is sent (DESIGN.md journey 6). The NHS App
 * journey fills this in; until then it renders nothing.
 */
export function NhsAppNudgeSlot(_props: { ods: string; moment: 'request-sent' }) {
  return null;
}
