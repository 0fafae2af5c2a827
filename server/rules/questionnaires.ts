import type { Questionnaire, QuestionnaireItem as FhirItem, QuestionnaireItemAnswerOption, QuestionnaireItemEnableWhen } from 'fhir/r4';
import { QUESTIONNAIRES, TOPICS } from '../../src/content/triage/all';
import type { QuestionnaireItem, TriageQuestionnaire } from '../../src/domain/triage/types';
import {
  REQUEST_FORM_ANSWER_SYSTEM,
  REQUEST_FORM_QUESTIONNAIRE,
  REQUEST_FORM_VERSION,
  TRIAGE_QUESTIONNAIRE_BASE,
  triageAnswerSystem,
} from '../../src/domain/request/fhir-systems';
import { COMMUNICATION_NEEDS, CONTACT_METHODS, CONTACT_TIMES, FOR_WHO, REASONS, RELATIONSHIPS } from '../../src/domain/request/request-types';
import { triageNamespaceOfKey } from '../../src/content/triage/namespaces';
import triageWords from '../../src/locales/en/triage.json';
import requestWords from '../../src/locales/en/request.json';
import abdominalPainWords from '../../src/locales/en/triage-abdominal-pain.json';
import babyWords from '../../src/locales/en/triage-baby.json';
import backPainWords from '../../src/locales/en/triage-back-pain.json';
import breathingCoughWords from '../../src/locales/en/triage-breathing-cough.json';
import chestPainWords from '../../src/locales/en/triage-chest-pain.json';
import diarrhoeaVomitingAdultWords from '../../src/locales/en/triage-diarrhoea-vomiting-adult.json';
import diarrhoeaVomitingBabyWords from '../../src/locales/en/triage-diarrhoea-vomiting-baby.json';
import diarrhoeaVomitingChildWords from '../../src/locales/en/triage-diarrhoea-vomiting-child.json';
import dizzinessFaintingWords from '../../src/locales/en/triage-dizziness-fainting.json';
import earacheWords from '../../src/locales/en/triage-earache.json';
import eyesWords from '../../src/locales/en/triage-eyes.json';
import fallsHeadInjuryWords from '../../src/locales/en/triage-falls-head-injury.json';
import feverAdultWords from '../../src/locales/en/triage-fever-adult.json';
import feverChildWords from '../../src/locales/en/triage-fever-child.json';
import genitalSexualHealthWords from '../../src/locales/en/triage-genital-sexual-health.json';
import headacheWords from '../../src/locales/en/triage-headache.json';
import jointMusclePainWords from '../../src/locales/en/triage-joint-muscle-pain.json';
import limbWords from '../../src/locales/en/triage-limb.json';
import medicationWords from '../../src/locales/en/triage-medication.json';
import mentalHealthWords from '../../src/locales/en/triage-mental-health.json';
import mouthTeethWords from '../../src/locales/en/triage-mouth-teeth.json';
import noseSinusesWords from '../../src/locales/en/triage-nose-sinuses.json';
import numbnessTinglingWords from '../../src/locales/en/triage-numbness-tingling.json';
import palpitationsWords from '../../src/locales/en/triage-palpitations.json';
import pregnancyWords from '../../src/locales/en/triage-pregnancy.json';
import rashSkinWords from '../../src/locales/en/triage-rash-skin.json';
import skinConditionsWords from '../../src/locales/en/triage-skin-conditions.json';
import somethingElseWords from '../../src/locales/en/triage-something-else.json';
import soreThroatWords from '../../src/locales/en/triage-sore-throat.json';
import urinaryWords from '../../src/locales/en/triage-urinary.json';
import woundsBitesBurnsWords from '../../src/locales/en/triage-wounds-bites-burns.json';
import { ok, problem, type Answer } from './outcome';

/*
 * The Questionnaires the app's QuestionnaireResponses point at, published so that any
 * FHIR reader can resolve `questionnaire` (url|version): each triage questionnaire at
 * its content version, and the request form. Generated from src/content/triage and the
 * English catalogues, so they say exactly what the patient was asked (in English).
 */

type Catalogue = { [key: string]: string | Catalogue };

function words(catalogue: Catalogue, key: string): string {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : key;
}

/**
 * Each topic's words are in its own catalogue (src/content/triage/namespaces.ts); a test
 * (tests/server/questionnaires-english.test.ts) fails when a topic's file is missing here.
 */
const CATALOGUES = new Map<string, Catalogue>(
  (
    [
      ['triage', triageWords],
      ['triage-abdominal-pain', abdominalPainWords],
  ['triage-baby', babyWords],
  ['triage-back-pain', backPainWords],
  ['triage-breathing-cough', breathingCoughWords],
  ['triage-chest-pain', chestPainWords],
  ['triage-diarrhoea-vomiting-adult', diarrhoeaVomitingAdultWords],
  ['triage-diarrhoea-vomiting-baby', diarrhoeaVomitingBabyWords],
  ['triage-diarrhoea-vomiting-child', diarrhoeaVomitingChildWords],
  ['triage-dizziness-fainting', dizzinessFaintingWords],
  ['triage-earache', earacheWords],
  ['triage-eyes', eyesWords],
  ['triage-falls-head-injury', fallsHeadInjuryWords],
  ['triage-fever-adult', feverAdultWords],
  ['triage-fever-child', feverChildWords],
  ['triage-genital-sexual-health', genitalSexualHealthWords],
  ['triage-headache', headacheWords],
  ['triage-joint-muscle-pain', jointMusclePainWords],
  ['triage-limb', limbWords],
  ['triage-medication', medicationWords],
  ['triage-mental-health', mentalHealthWords],
  ['triage-mouth-teeth', mouthTeethWords],
  ['triage-nose-sinuses', noseSinusesWords],
  ['triage-numbness-tingling', numbnessTinglingWords],
  ['triage-palpitations', palpitationsWords],
  ['triage-pregnancy', pregnancyWords],
  ['triage-rash-skin', rashSkinWords],
  ['triage-skin-conditions', skinConditionsWords],
  ['triage-something-else', somethingElseWords],
  ['triage-sore-throat', soreThroatWords],
  ['triage-urinary', urinaryWords],
  ['triage-wounds-bites-burns', woundsBitesBurnsWords],
    ] as [string, unknown][]
  ).map(([namespace, catalogue]) => [namespace, catalogue as Catalogue]),
);
const catalogueOf = (namespace: string): Catalogue => CATALOGUES.get(namespace) ?? {};

const triageText = (key: string) => words(catalogueOf(triageNamespaceOfKey(key)), key);
const requestText = (key: string) => words(requestWords as unknown as Catalogue, key);

const FHIR_TYPE: Record<QuestionnaireItem['type'], FhirItem['type']> = {
  boolean: 'boolean',
  choice: 'choice',
  integer: 'integer',
  string: 'string',
  text: 'text',
  display: 'display',
  group: 'group',
};

function enableWhen(condition: NonNullable<QuestionnaireItem['enableWhen']>[number], system: string): QuestionnaireItemEnableWhen {
  const base = { question: condition.question, operator: condition.operator };
  if (condition.answerCoding) return { ...base, answerCoding: { system, code: condition.answerCoding.code } };
  if (condition.answerInteger !== undefined) return { ...base, answerInteger: condition.answerInteger };
  if (condition.answerString !== undefined) return { ...base, answerString: condition.answerString };
  return { ...base, answerBoolean: condition.answerBoolean ?? true };
}

function triageItem(item: QuestionnaireItem, system: string): FhirItem {
  return {
    linkId: item.linkId,
    type: FHIR_TYPE[item.type],
    text: triageText(item.text),
    ...(item.required !== undefined && item.type !== 'display' && item.type !== 'group' ? { required: item.required } : {}),
    ...(item.repeats ? { repeats: true } : {}),
    ...(item.maxLength ? { maxLength: item.maxLength } : {}),
    ...(item.enableWhen ? { enableWhen: item.enableWhen.map((c) => enableWhen(c, system)), ...(item.enableWhen.length > 1 ? { enableBehavior: item.enableBehavior ?? 'all' } : {}) } : {}),
    ...(item.answerOption
      ? {
          answerOption: item.answerOption.map(
            (option): QuestionnaireItemAnswerOption => ({ valueCoding: { system, code: option.valueCoding.code, display: triageText(option.valueCoding.display) } }),
          ),
        }
      : {}),
    ...(item.item ? { item: item.item.map((inner) => triageItem(inner, system)) } : {}),
  };
}

export function triageQuestionnaire(source: TriageQuestionnaire, version: string): Questionnaire {
  const system = triageAnswerSystem(source.id);
  return {
    resourceType: 'Questionnaire',
    id: `${source.id}-${version.replace(/[^A-Za-z0-9.-]/g, '-')}`.slice(0, 64),
    url: `${TRIAGE_QUESTIONNAIRE_BASE}/${source.id}`,
    version,
    name: source.id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
    title: triageText(source.title),
    // Draft content: it needs a clinical safety officer's sign-off (docs/clinical-safety).
    status: 'draft',
    subjectType: ['Patient'],
    item: source.item.map((item) => triageItem(item, system)),
  };
}

const coded = (codes: readonly string[], display: (code: string) => string): QuestionnaireItemAnswerOption[] =>
  codes.map((code) => ({ valueCoding: { system: REQUEST_FORM_ANSWER_SYSTEM, code, display: display(code) } }));

const choice = (linkId: string, text: string, options: QuestionnaireItemAnswerOption[], extra: Partial<FhirItem> = {}): FhirItem => ({
  linkId,
  type: 'choice',
  text,
  answerOption: options,
  ...extra,
});
const words_ = (linkId: string, text: string, extra: Partial<FhirItem> = {}): FhirItem => ({ linkId, type: 'string', text, ...extra });

/** The request form (src/domain/request/fhir-bundle.ts formItems), question by question. */
export function requestFormQuestionnaire(): Questionnaire {
  const yesNo = coded(['yes', 'no'], (code) => requestText(`contact.${code}`));
  const reasons = [...REASONS.medical.map((code) => `medical:${code}`), ...REASONS.admin.map((code) => `admin:${code}`)];
  return {
    resourceType: 'Questionnaire',
    id: `online-request-${REQUEST_FORM_VERSION}`,
    url: REQUEST_FORM_QUESTIONNAIRE,
    version: REQUEST_FORM_VERSION,
    name: 'OnlineRequest',
    title: 'Ask your GP practice for help',
    status: 'active',
    subjectType: ['Patient'],
    item: [
      choice('kind', requestText('type.title'), coded(['medical', 'admin'], (code) => requestText(`type.${code}`)), { required: true }),
      choice(
        'reason',
        requestText('reason.medicalTitle'),
        // A reason code is unique across both kinds except "test-results", which means the same in both.
        coded([...new Set(reasons.map((r) => r.split(':')[1]!))], (code) => {
          const kind = (REASONS.medical as readonly string[]).includes(code) ? 'medical' : 'admin';
          return requestText(`reasons.${kind}.${code}`);
        }),
        { required: true },
      ),
      choice('for-who', requestText('who.title'), coded(FOR_WHO, (code) => requestText(`who.${code === 'someone-else' ? 'someoneElse' : code}`)), { required: true }),
      choice('relationship', requestText('relationship.relationship'), coded(RELATIONSHIPS, (code) => requestText(`relationship.options.${code}`))),
      words_('relationship-other', requestText('relationship.other')),
      choice('consent', requestText('relationship.consentAdult'), yesNo),
      words_('proxy-given-name', requestText('relationship.proxyGivenName')),
      words_('proxy-family-name', requestText('relationship.proxyFamilyName')),
      choice('reply-to', requestText('relationship.replyTo'), coded(['me', 'patient'], (code) => requestText(code === 'me' ? 'relationship.replyToMe' : 'relationship.replyToPatient'))),
      choice('contact-methods', requestText('contact.methods'), coded(CONTACT_METHODS, (code) => requestText(`contact.method.${code}`)), { repeats: true, required: true }),
      words_('contact-phone', requestText('contact.phone')),
      words_('contact-email', requestText('contact.email')),
      choice('contact-times', requestText('contact.times'), coded(CONTACT_TIMES, (code) => requestText(`contact.time.${code}`)), { repeats: true }),
      choice('leave-message', requestText('contact.leaveMessage'), yesNo),
      choice('communication-needs', requestText('needs.title'), coded(COMMUNICATION_NEEDS, (code) => requestText(`needs.need.${code}`)), { repeats: true }),
      words_('interpreter-language', requestText('needs.language')),
      choice('topic', requestText('topic.title'), coded(TOPICS.map((t) => t.id), (code) => triageText(`topics.${code}`))),
      { linkId: 'description', type: 'text', text: requestText('describe.titleAdmin') },
    ],
  };
}

/** Every Questionnaire the app can point at, for the content version it ships. */
export function publishedQuestionnaires(contentVersion: string): Questionnaire[] {
  return [requestFormQuestionnaire(), ...QUESTIONNAIRES.map((q) => triageQuestionnaire(q, contentVersion))];
}

export interface QuestionnaireRulesStore {
  questionnairesByUrl(url: string, version: string | null): Promise<Questionnaire[]>;
  questionnaire(id: string): Promise<Questionnaire | undefined>;
}

/** `GET Questionnaire/{id}`. */
export async function readQuestionnaire(store: QuestionnaireRulesStore, id: string): Promise<Answer> {
  const found = /^[A-Za-z0-9\-.]{1,64}$/.test(id) ? await store.questionnaire(id) : undefined;
  return found ? ok(found) : problem(404, 'not-found', 'No such Questionnaire.');
}

/** The published Questionnaires in memory (the MSW mock; the server keeps them in PostgreSQL). */
export function memoryQuestionnaires(contentVersion: string): QuestionnaireRulesStore {
  const all = publishedQuestionnaires(contentVersion);
  return {
    questionnairesByUrl: async (url, version) => all.filter((q) => q.url === url && (version === null || q.version === version)),
    questionnaire: async (id) => all.find((q) => q.id === id),
  };
}

export const searchset = (resources: unknown[]) => ({ resourceType: 'Bundle', type: 'searchset', total: resources.length, entry: resources.map((resource) => ({ resource })) });

/** `GET Questionnaire?url=<canonical>[&version=]`, or `url=<canonical>|<version>` as a canonical reference. */
export async function searchQuestionnaires(store: QuestionnaireRulesStore, url: string | null, version: string | null): Promise<Answer> {
  if (!url || url.length > 300) return problem(400, 'required', 'Search Questionnaires by url.', { expression: ['url'] });
  const [canonical, pinned] = url.split('|');
  return ok(searchset(await store.questionnairesByUrl(canonical!, version ?? pinned ?? null)));
}
