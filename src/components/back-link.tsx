import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import './styles/forms.scss';

/** "Back": to a given page, or one step back in history. */
export function BackLink({ to, onClick }: { to?: string; onClick?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const text = t('forms.back');
  return (
    <div className="nhsuk-back-link">
      {to ? (
        <Link className="nhsuk-back-link__link" to={to} onClick={onClick}>
          {text}
        </Link>
      ) : (
        <button
          type="button"
          className="nhsuk-back-link__link fd-link-button"
          onClick={() => (onClick ? onClick() : void navigate(-1))}
        >
          {text}
        </button>
      )}
    </div>
  );
}
