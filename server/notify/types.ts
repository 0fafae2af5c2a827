/*
 * The notification transport's shape (docs/practice-area-api.md, "Notifications"), apart
 * from notifier.ts so each transport can implement it without importing the chooser.
 */
export interface Notifier {
  /** Tells the patient a reply is waiting: the practice's name and the app's link, nothing else. */
  replyWaiting(to: { phone?: string; email?: string }, practiceName: string, appUrl: string): Promise<void>;
}
