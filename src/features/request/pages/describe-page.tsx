import { useTranslation } from 'react-i18next';
import { Textarea } from '../../../components/textarea';
import { questionsForFreeText } from '../../../content/triage/safety-net/for-language';
import { requestTriage } from '../model/draft-triage';
import { LIMITS } from '../../../domain/request/request-types';
import { BookInstead } from '../components/book-instead';
import { FormPage, JourneyGate, useJourney } from '../components/journey';
import { useLooseT } from '../components/loose-t';
import { currentDraft } from '../model/draft-state';

/**
 * `/:ods/request/describe`: free text in the patient's own words. Worrying words in it
 * (in their language or English) lead to direct red-flag questions next, never ignored.
 */
export function RequestDescribePage() {
  const { i18n } = useTranslation();
  const t = useLooseT();
  const journey = useJourney('describe');
  const draft = journey.draft;
  const medical = draft?.kind === 'medical';
  const title = medical ? t('request:describe.titleMedical') : t('request:describe.titleAdmin');
  const hint = medical ? t('request:describe.hintMedical') : t(`request:describe.hintAdmin.${draft?.reason ?? 'something-else'}`);
  // The topic questions came out routine (no advice page came first): a practice
  // appointment may suit as well as a request.
  const routine = medical && draft ? requestTriage(draft, journey.now)?.disposition === 'routine' : false;

  async function afterDescribe() {
    const latest = currentDraft()!;
    const freeText = [latest.description, ...Object.values(latest.answers).flatMap((answers) => Object.values(answers).filter((v): v is string => typeof v === 'string'))].join('\n');
    const ask = await questionsForFreeText(freeText, i18n.language);
    // Once asked, a question stays: deleting the words does not undo the worry.
    const union = [...new Set([...latest.safetyNetAsk, ...ask])];
    if (union.length !== latest.safetyNetAsk.length) journey.update((d) => ({ ...d, safetyNetAsk: union }));
    journey.goNext('describe');
  }

  return (
    <JourneyGate journey={journey}>
      <FormPage journey={journey} step="describe" questionTitle={title} onComplete={() => void afterDescribe()}>
        {(d, errorFor) => (
          <>
            <Textarea
              id="description"
              name="description"
              label={title}
              labelAsHeading
              hint={hint}
              error={errorFor('description')}
              maxLength={LIMITS.description}
              rows={8}
              value={d.description}
              onChange={(description) => journey.update((x) => ({ ...x, description }))}
            />
            {routine && journey.practice ? <BookInstead practice={journey.practice} /> : null}
          </>
        )}
      </FormPage>
    </JourneyGate>
  );
}
