/** An ODS code as practices use it: a letter, then 4 or 5 letters or digits (e.g. Y99001). */
export const ODS_CODE_PATTERN = /^[A-Z][A-Z0-9]{4,5}$/;

export function isOdsCode(text: string): boolean {
  return ODS_CODE_PATTERN.test(text);
}

/**
 * The one reading of an ODS code typed by a person or found in a link: spaces trimmed,
 * upper case ("y99001 " is Y99001). Whether it is a code at all is `isOdsCode`'s question.
 */
export function normaliseOdsCode(text: string): string {
  return text.trim().toUpperCase();
}
