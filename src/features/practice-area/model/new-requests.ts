/**
 * Which references in the latest inbox were not in any earlier one: new requests to
 * announce. The first load announces nothing (`known` is null then).
 */
export function newReferences(known: ReadonlySet<string> | null, latest: readonly string[]): string[] {
  if (!known) return [];
  return latest.filter((reference) => !known.has(reference));
}
