import { QUESTIONNAIRES } from './questionnaires';
import { registerQuestionnaires } from './registry';

/**
 * Every questionnaire at once, registered: for the content check, the vignette runner and
 * the tests. The app never imports this; it loads one topic at a time (topic-loaders.ts).
 */
registerQuestionnaires(QUESTIONNAIRES);

export * from './index';
export { QUESTIONNAIRES };
