import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { ErrorSummary } from '../../../components/error-summary';
import { LoadingPage } from '../../../components/loading-page';
import { PageHeading, usePageTitle } from '../../../components/page-heading';
import { useNow } from '../../../platform/device/clock';
import type { RequestDraft } from '../../../domain/request/draft';
import type { StepErrors } from '../../../domain/request/validate-draft';
import { usePractice } from '../../../platform/practice/use-practice';
import { holdUnsavedAnswers } from '../../../platform/pwa/unsaved-answers';
import { currentDraft, updateDraft, useDraft } from '../model/draft-state';
import { firstIncompleteStep, stepAfter, stepBefore, stepErrors } from '../model/steps';
import { useTopicReady } from '../model/topic-ready';
import { useLooseT } from './loose-t';

/** For the first page of a visit (request-routes.tsx): the draft is read beside the page's code. */
export { preloadDraft } from '../model/draft-state';

export const requestHref = (ods: string, step = '') => (step ? `/${ods}/request/${step}` : `/${ods}/request`);

/** Where a journey page is, what has been answered, and how to move on. */
export function useJourney(step: string) {
  const { ods, settings: practice } = usePractice();
  const { draft, resumed } = useDraft(ods);
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const now = useNow();
  const changing = search.get('change') === '1';
  const to = (s = '') => requestHref(ods, s);
  const topicReady = useTopicReady(draft, now);

  useEffect(() => (draft ? holdUnsavedAnswers() : undefined), [draft]);

  return {
    ods,
    practice: practice.data,
    practiceQuery: practice,
    draft,
    resumed,
    /** The topic's questionnaire is loaded (pages wait for it). */
    topicReady,
    now,
    changing,
    to,
    update: updateDraft,
    /** The next page after this one (or back to check your answers when changing an answer). */
    goNext(after = step) {
      const latest = currentDraft()!;
      const next = changing ? (firstIncompleteStep(latest, new Date()) ?? 'check') : stepAfter(latest, after, new Date());
      const keepChanging = changing && next !== 'check' ? '?change=1' : '';
      void navigate(to(next) + keepChanging);
    },
    backHref(): string {
      if (changing) return to('check');
      const previous = draft ? stepBefore(draft, step, now) : null;
      return previous ? to(previous) : to();
    },
    errors(): StepErrors {
      return draft ? stepErrors(draft, step, now) : {};
    },
  };
}

export type Journey = ReturnType<typeof useJourney>;

interface FormPageProps {
  journey: Journey;
  step: string;
  /** The page's h1, when the question itself is not the heading. */
  title?: string;
  /** Set when the only question's legend or label is the h1. */
  questionTitle?: string;
  children: (draft: RequestDraft, errorFor: (field: string) => string | undefined) => ReactNode;
  /** Runs on Continue once the page is complete; defaults to the next page. */
  onComplete?: () => void;
  /** Checks beyond the step's own (e.g. a photo that would not open). */
  extraErrors?: StepErrors;
  submitLabel?: string;
  /** Problems to show at once without blocking Continue (e.g. a photo that was refused). */
  notices?: StepErrors;
}

/** One page of the journey: back link, error summary, the questions, Continue. */
export function FormPage({ journey, step, title, questionTitle, children, onComplete, extraErrors, submitLabel, notices }: FormPageProps) {
  const t = useLooseT();
  // Errors as they were at the last Continue: they change only when the patient submits
  // again, so the error summary never steals focus while they type a correction.
  const [submitted, setSubmitted] = useState<StepErrors>({});
  usePageTitle(questionTitle ?? title ?? '');
  const errors = { ...journey.errors(), ...(extraErrors ?? {}) };
  const shown = { ...(notices ?? {}), ...submitted };
  const text = (key: string) => t(key.includes(':') ? key : `request:${key}`);
  const errorFor = (field: string) => (shown[field] ? text(shown[field]) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(errors);
    if (Object.keys(errors).length > 0) return;
    if (onComplete) onComplete();
    else journey.goNext(step);
  }

  return (
    <>
      <BackLink to={journey.backHref()} />
      <ErrorSummary errors={Object.entries(shown).map(([field, key]) => ({ href: `#${field}`, text: text(key) }))} />
      {title ? <PageHeading title={title} /> : null}
      <form noValidate onSubmit={submit}>
        {journey.draft ? children(journey.draft, errorFor) : null}
        <button className="nhsuk-button" type="submit">
          {submitLabel ?? t('request:continue')}
        </button>
      </form>
    </>
  );
}

/** Waits for the draft (from IndexedDB) and the practice (from the cache or network). */
export function JourneyGate({ journey, children }: { journey: Journey; children: ReactNode }) {
  const t = useLooseT();
  if (!journey.draft || !journey.topicReady) return <LoadingPage />;
  if (!journey.practice) {
    if (journey.practiceQuery.isPending && journey.practiceQuery.fetchStatus !== 'idle') return <LoadingPage />;
    return (
      <>
        <PageHeading title={t('practice:home.unavailableTitle')} />
        <p>{t('practice:home.unavailable')}</p>
      </>
    );
  }
  return <>{children}</>;
}
