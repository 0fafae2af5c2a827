/**
 * Right-to-left text (Urdu, Arabic): loaded by ./index.ts only for those languages.
 *
 * Each inserted value (a phone number, a reference, a practice's name in Latin letters)
 * becomes a bidi isolate: "01632 960000" keeps its order and does not pull the words
 * around it. React escapes HTML, so nothing else is needed.
 */
export function isolateInRightToLeft(value: string): string {
  return document.documentElement.dir === 'rtl' ? `\u2068${value}\u2069` : value;
}

/**
 * Web addresses and phone numbers written inside right-to-left sentences ("111.nhs.uk",
 * "18001 111") are kept left-to-right, or "111.nhs.uk" would read "nhs.uk.111".
 */
const LEFT_TO_RIGHT_RUN = /[\w-]+(?:\.[\w-]+)+(?:\/[\w./-]*)?|\d+(?: \d+)+/g;

export const keepRunsLeftToRight = {
  type: 'postProcessor' as const,
  name: 'ltr-runs',
  process: (value: string) =>
    document.documentElement.dir === 'rtl' ? value.replace(LEFT_TO_RIGHT_RUN, (run) => `\u2066${run}\u2069`) : value,
};
