import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './styles/forms.scss';

export interface SummaryRow {
  key: string;
  /** Tells rows apart when two have the same words (e.g. one question asked twice). */
  id?: string;
  /** Shown as text: free text typed by a patient is never turned into HTML. */
  value: ReactNode;
  /** A "Change" link back to the question; `hiddenLabel` names what changes, for screen readers. */
  change?: { to: string; hiddenLabel: string };
}

/** Check your answers, and any list of labelled facts. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  const { t } = useTranslation('forms');
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className={`nhsuk-summary-list__row${row.change ? '' : ' nhsuk-summary-list__row--no-actions'}`} key={row.id ?? row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value fd-preserve-lines">{row.value}</dd>
          {row.change ? (
            <dd className="nhsuk-summary-list__actions">
              <Link to={row.change.to}>
                {t('change')}
                <span className="nhsuk-u-visually-hidden"> {row.change.hiddenLabel}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
