import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import './styles/forms.scss';

/** "Back" (nhsuk-frontend 10 markup: the link itself is the component): to a page, or one step back in history. */
export function BackLink({ to, onClick }: { to?: string; onClick?: () => void }) {
  const { t } = useTranslation('forms');
  const navigate = useNavigate();
  const text = t('back');
  return to ? (
    <Link className="nhsuk-back-link" to={to} onClick={onClick}>
      {text}
    </Link>
  ) : (
    <button type="button" className="nhsuk-back-link" onClick={() => (onClick ? onClick() : void navigate(-1))}>
      {text}
    </button>
  );
}
