import type { Patient, Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItemAnswer, Task } from 'fhir/r4';
import { QUESTIONNAIRES } from '../../../src/content/triage/all';
import { TRIAGE_CONTENT_VERSION } from '../../../src/content/triage/version';
import { NHS_NUMBER_SYSTEM, REQUEST_EXTENSION, REQUEST_FORM_QUESTIONNAIRE, TRIAGE_QUESTIONNAIRE_BASE } from '../../../src/domain/request/fhir-systems';
import { publishedQuestionnaires } from '../questionnaires';

/*
 * A request as the practice reads it: every answer in English whatever language the
 * patient used, taken from the stored QuestionnaireResponses and the English
 * Questionnaires they point at (the same ones published at /fhir/Questionnaire), and
 * the patient's own free text exactly as typed.
 */

const QUESTIONNAIRES_BY_URL = new Map(publishedQuestionnaires(TRIAGE_CONTENT_VERSION).map((q) => [q.url!, q]));

/** Each triage rule's NHS source and the English title of the questionnaire it belongs to. */
const RULES = new Map<string, { title: string; source: string }>();
for (const questionnaire of QUESTIONNAIRES) {
  const title = QUESTIONNAIRES_BY_URL.get(`${TRIAGE_QUESTIONNAIRE_BASE}/${questionnaire.id}`)?.title ?? questionnaire.id;
  for (const rule of questionnaire.rules) if (!RULES.has(rule.id)) RULES.set(rule.id, { title: `${title}: ${rule.id.replace(/-/g, ' ')}`, source: rule.source });
}

function itemsByLinkId(items: readonly QuestionnaireItem[] | undefined, into = new Map<string, QuestionnaireItem>()): Map<string, QuestionnaireItem> {
  for (const item of items ?? []) {
    into.set(item.linkId, item);
    itemsByLinkId(item.item, into);
  }
  return into;
}

const questionnaireOf = (response: QuestionnaireResponse): Questionnaire | undefined => QUESTIONNAIRES_BY_URL.get((response.questionnaire ?? '').split('|')[0]!);

function answerText(answer: QuestionnaireResponseItemAnswer, item: QuestionnaireItem | undefined): string {
  if (answer.valueCoding) {
    const code = answer.valueCoding.code ?? '';
    return item?.answerOption?.find((o) => o.valueCoding?.code === code)?.valueCoding?.display ?? answer.valueCoding.display ?? code;
  }
  if (answer.valueBoolean !== undefined) return answer.valueBoolean ? 'Yes' : 'No';
  if (answer.valueInteger !== undefined) return String(answer.valueInteger);
  if (answer.valueDecimal !== undefined) return String(answer.valueDecimal);
  return answer.valueString ?? answer.valueDate ?? answer.valueDateTime ?? '';
}

/** A BCP 47 code as staff read it: "Welsh (cy)". */
function languageName(code: string | undefined): string {
  if (!code) return 'not recorded';
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code; // not a language code: shown as sent
  }
}

export interface EnglishAnswer {
  question: string;
  answer: string;
}

/** Every answered item of every response, in order, each question and answer in English. */
export function englishAnswers(responses: readonly QuestionnaireResponse[]): EnglishAnswer[] {
  return responses.flatMap((response) => {
    const items = itemsByLinkId(questionnaireOf(response)?.item);
    const flat = (list: QuestionnaireResponse['item']): EnglishAnswer[] =>
      (list ?? []).flatMap((entry) => [
        ...(entry.answer && entry.answer.length > 0
          ? [{ question: items.get(entry.linkId)?.text ?? entry.linkId, answer: entry.answer.map((a) => answerText(a, items.get(entry.linkId))).join(', ') }]
          : []),
        ...flat(entry.item),
      ]);
    return flat(response.item);
  });
}

const formOf = (responses: readonly QuestionnaireResponse[]) => responses.find((r) => (r.questionnaire ?? '').split('|')[0] === REQUEST_FORM_QUESTIONNAIRE);

/** One form answer's codes or text. */
function formValues(form: QuestionnaireResponse | undefined, linkId: string): string[] {
  const entry = form?.item?.find((i) => i.linkId === linkId);
  return (entry?.answer ?? []).map((a) => a.valueCoding?.code ?? a.valueString ?? '').filter((v) => v !== '');
}

/** One form answer as English words (the displays of its codes). */
function formWords(form: QuestionnaireResponse | undefined, linkId: string): string[] {
  const item = itemsByLinkId(QUESTIONNAIRES_BY_URL.get(REQUEST_FORM_QUESTIONNAIRE)?.item).get(linkId);
  const entry = form?.item?.find((i) => i.linkId === linkId);
  return (entry?.answer ?? []).map((a) => answerText(a, item)).filter((v) => v !== '');
}

export interface RequestFacts {
  summary: string;
  communicationNeeds: string[];
  patient: { name: string; dateOfBirth: string; nhsNumber?: string; sex?: string; address?: string };
  requester?: { name: string; relationship: string };
  contact: { phone?: string; email?: string; preferences: string[] };
  answers: EnglishAnswer[];
  ownWords?: string;
  language: string;
  triage?: { disposition: string; outcomeId: string; contentVersion: string; rules: { id: string; title: string; source: string }[] };
}

const extension = (task: Task, url: string) => task.extension?.filter((e) => e.url === url) ?? [];

export const patientNameOf = (patient: Patient | undefined): string => {
  const name = patient?.name?.[0];
  return [...(name?.given ?? []), name?.family ?? ''].join(' ').trim() || 'Name not given';
};

/** The request's topic or admin reason, in English. */
export function summaryOf(responses: readonly QuestionnaireResponse[]): string {
  const form = formOf(responses);
  const topic = formWords(form, 'topic')[0];
  const reason = formWords(form, 'reason')[0];
  return topic ?? reason ?? 'Request';
}

/** What the practice reads on a request's page, from its stored resources. */
export function requestFacts(task: Task, patient: Patient | undefined, responses: readonly QuestionnaireResponse[]): RequestFacts {
  const form = formOf(responses);
  const needCodes = formValues(form, 'communication-needs');
  const interpreter = formValues(form, 'interpreter-language')[0];
  const needs = formWords(form, 'communication-needs').flatMap((words, i) =>
    needCodes[i] === 'none' ? [] : [needCodes[i] === 'interpreter' && interpreter ? `${words}: ${interpreter}` : words],
  );
  const forWho = formValues(form, 'for-who')[0];
  const proxyName = [...formValues(form, 'proxy-given-name'), ...formValues(form, 'proxy-family-name')].join(' ');
  const relationship = formValues(form, 'relationship')[0] === 'other' ? formValues(form, 'relationship-other')[0] : formWords(form, 'relationship')[0];
  const telecom = patient?.telecom ?? [];
  const phone = telecom.find((t) => t.system === 'phone')?.value ?? formValues(form, 'contact-phone')[0];
  const email = telecom.find((t) => t.system === 'email')?.value ?? formValues(form, 'contact-email')[0];
  const leaveMessage = formValues(form, 'leave-message')[0];
  const disposition = extension(task, REQUEST_EXTENSION.disposition)[0]?.valueCode;
  const outcomeId = extension(task, REQUEST_EXTENSION.outcome)[0]?.valueCode;
  const contentVersion = extension(task, REQUEST_EXTENSION.contentVersion)[0]?.valueString;
  const fired = extension(task, REQUEST_EXTENSION.firedRule).map((e) => e.valueString ?? '');
  const ownWords = formValues(form, 'description')[0];
  const language = languageName(responses.find((r) => r.language)?.language ?? patient?.language ?? patient?.communication?.[0]?.language?.coding?.[0]?.code);
  const nhsNumber = patient?.identifier?.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value;
  const postcode = patient?.address?.[0]?.postalCode;
  return {
    summary: summaryOf(responses),
    communicationNeeds: needs,
    patient: {
      name: patientNameOf(patient),
      dateOfBirth: patient?.birthDate ?? '',
      ...(nhsNumber ? { nhsNumber } : {}),
      ...(patient?.gender ? { sex: patient.gender } : {}),
      ...(postcode ? { address: postcode } : {}),
    },
    ...(forWho && forWho !== 'me' && proxyName ? { requester: { name: proxyName, relationship: relationship ?? 'not given' } } : {}),
    contact: {
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
      preferences: [
        ...formWords(form, 'contact-methods').map((m) => `Contact by: ${m}`),
        ...formWords(form, 'contact-times').map((t) => `Best time: ${t}`),
        ...(leaveMessage ? [`Leave a message: ${leaveMessage === 'yes' ? 'Yes' : 'No'}`] : []),
      ],
    },
    answers: englishAnswers(responses),
    ...(ownWords ? { ownWords } : {}),
    language,
    ...(disposition
      ? {
          triage: {
            disposition,
            outcomeId: outcomeId ?? disposition,
            contentVersion: contentVersion ?? 'not recorded',
            rules: fired.map((id) => ({ id, title: RULES.get(id)?.title ?? id, source: RULES.get(id)?.source ?? '' })),
          },
        }
      : {}),
  };
}
