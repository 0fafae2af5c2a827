import { createContext } from 'react';

/**
 * The practice's ODS code as the `/:ods` route read it. Apart from the settings query, so
 * the route table can hold the practice route without the settings' schema: a page that
 * is not a practice's (the landing page "/") never downloads it.
 */
export const PracticeCode = createContext('');
