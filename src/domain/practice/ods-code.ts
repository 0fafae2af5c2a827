/** An ODS code as practices use it: a letter, then 4 or 5 letters or digits (e.g. Y99001). */
export const ODS_CODE_PATTERN = /^[A-Z][A-Z0-9]{4,5}$/;

export function isOdsCode(text: string): boolean {
  return ODS_CODE_PATTERN.test(text);
}
