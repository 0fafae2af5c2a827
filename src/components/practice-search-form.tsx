import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { href } from '../platform/routes';
import './styles/forms.scss';

/** Search by practice name, postcode or ODS code; the term lives in the URL (`/?q=`). */
export function PracticeSearchForm({ initialTerm = '', error }: { initialTerm?: string; error?: string | null }) {
  const { t } = useTranslation('practice');
  const navigate = useNavigate();
  const [term, setTerm] = useState(initialTerm);

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate(href.findPractice(term.trim()));
  }

  return (
    <form onSubmit={submit} noValidate role="search" action="/" method="get">
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label nhsuk-label--s" htmlFor="practice-search">
          {t('find.label')}
        </label>
        <div className="nhsuk-hint" id="practice-search-hint">
          {t('find.hint')}
        </div>
        {error ? (
          <span className="nhsuk-error-message" id="practice-search-error">
            <span className="nhsuk-u-visually-hidden">{t('find.errorPrefix')}</span> {error}
          </span>
        ) : null}
        <input
          className={`nhsuk-input nhsuk-u-width-two-thirds${error ? ' nhsuk-input--error' : ''}`}
          id="practice-search"
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          value={term}
          onChange={(event) => setTerm(event.target.value)}
          aria-describedby={`practice-search-hint${error ? ' practice-search-error' : ''}`}
        />
      </div>
      <button className="nhsuk-button" type="submit">
        {t('find.submit')}
      </button>
    </form>
  );
}
