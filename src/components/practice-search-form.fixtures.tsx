import { PracticeSearchForm } from './practice-search-form';
import type { ComponentFixture } from './component-fixture';

export const fixtures: ComponentFixture[] = [
  { name: 'empty', render: () => <PracticeSearchForm /> },
  { name: 'a search kept from the address', render: () => <PracticeSearchForm initialTerm="Riverside" /> },
  { name: 'an error: too short', render: () => <PracticeSearchForm initialTerm="R" error="Enter at least 2 letters or numbers of your practice's name, postcode or ODS code" /> },
];
