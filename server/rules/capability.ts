import type { CapabilityStatement, CapabilityStatementRestResource } from 'fhir/r4';

/*
 * `GET metadata`: what this FHIR server does, so a client (or a practice's integrator)
 * can see which interactions and searches the app relies on. The same statement is
 * served by the server and by the MSW mock.
 */

const search = (name: string, type: 'token' | 'reference' | 'uri' | 'string'): NonNullable<CapabilityStatementRestResource['searchParam']>[number] => ({ name, type });

const RESOURCES: CapabilityStatementRestResource[] = [
  {
    type: 'HealthcareService',
    interaction: [{ code: 'search-type' }],
    searchParam: [search('organization', 'reference'), search('referral', 'reference')],
  },
  {
    type: 'Slot',
    interaction: [{ code: 'search-type' }, { code: 'update' }],
    versioning: 'versioned-update',
    conditionalUpdate: false,
    searchParam: [search('status', 'token'), search('schedule.actor', 'reference'), search('organization', 'reference'), search('service-type', 'token')],
  },
  {
    type: 'Appointment',
    interaction: [{ code: 'read' }, { code: 'create' }, { code: 'update' }, { code: 'patch' }],
    versioning: 'versioned-update',
    conditionalCreate: true,
  },
  {
    type: 'Questionnaire',
    interaction: [{ code: 'read' }, { code: 'search-type' }],
    searchParam: [search('url', 'uri'), search('version', 'token')],
  },
  ...(['Patient', 'QuestionnaireResponse', 'Task', 'DocumentReference'] as const).map(
    (type): CapabilityStatementRestResource => ({ type, interaction: [{ code: 'create' }], conditionalCreate: true }),
  ),
];

/** When this statement last changed. */
const STATEMENT_DATE = '2026-12-04';

export function capabilityStatement(): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: STATEMENT_DATE,
    publisher: 'Front Door',
    kind: 'instance',
    software: { name: 'Front Door practice backend' },
    implementation: { description: 'A GP practice’s digital front door: online requests and appointment booking.' },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    patchFormat: ['application/json-patch+json'],
    rest: [
      {
        mode: 'server',
        documentation: 'Bookings, changes and online requests are transactions posted to the base; a cancellation is a JSON Patch with If-Match.',
        resource: RESOURCES,
        interaction: [{ code: 'transaction' }],
      },
    ],
  };
}
