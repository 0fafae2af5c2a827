/** The booking engine (journeys 4 and 5): pure logic and schemas, no React, no I/O. */
export * from './booking-choice';
export * from './booking-interactions';
export * from './booking-issues';
export * from './booking-machine';
export * from './booking-selectors';
export * from './booking-states';
export * from './fhir-schemas';
export * from './fhir-systems';
export * from './ics';
export * from './patient-checks';
export * from './requests';
export * from './resource-details';
export * from './slot-days';
export * from './ubrn';
