/*
 * The notification transport's shape, as server/notify/notifier.ts declares it on the
 * routes' branch (docs/practice-area-api.md, "Notifications"); kept here so the GOV.UK
 * Notify transport stands alone until the branches meet.
 */
export interface Notifier {
  /** Tells the patient a reply is waiting: the practice's name and the app's link, nothing else. */
  replyWaiting(to: { phone?: string; email?: string }, practiceName: string, appUrl: string): Promise<void>;
}
