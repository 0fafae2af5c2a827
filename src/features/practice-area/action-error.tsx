import { useTranslation } from 'react-i18next';
import { actionProblem } from './model/action-problem';

/** A failed action, said plainly next to the form it came from; what was typed stays. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation('practice-area');
  if (!error) return null;
  const { problem, detail } = actionProblem(error);
  return (
    <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
      <p className="nhsuk-error-message nhsuk-u-margin-bottom-0">
        {t(`actionProblems.${problem}`)}
        {detail ? ` ${t('actionProblems.serverSaid', { detail })}` : null}
      </p>
    </div>
  );
}
