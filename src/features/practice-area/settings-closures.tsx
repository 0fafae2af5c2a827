import { useTranslation } from 'react-i18next';
import { TextInput } from '../../components/text-input';
import type { ClosureDraft } from './model/settings-draft';

interface Props {
  closures: ClosureDraft[];
  onChange: (closures: ClosureDraft[]) => void;
  errorFor: (field: string) => string | null;
}

/** Exceptional closures (training afternoons, bank holidays): each needs a reason, which patients see. */
export function SettingsClosures({ closures, onChange, errorFor }: Props) {
  const { t } = useTranslation('practice-area');
  const set = (index: number, change: Partial<ClosureDraft>) => onChange(closures.map((c, i) => (i === index ? { ...c, ...change } : c)));
  return (
    <section aria-labelledby="closures-title">
      <h2 className="nhsuk-heading-m" id="closures-title">
        {t('settings.closures.title')}
      </h2>
      <p>{t('settings.closures.intro')}</p>
      {closures.length === 0 ? <p>{t('settings.closures.none')}</p> : null}
      {closures.map((closure, index) => (
        <fieldset key={index} className="nhsuk-fieldset nhsuk-u-margin-bottom-5">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{t('settings.closures.legend', { number: index + 1 })}</legend>
          <TextInput id={`closure-${index}-from`} name={`closure-${index}-from`} type="datetime-local" label={t('settings.closures.from')} value={closure.from} onChange={(from) => set(index, { from })} error={errorFor(`closure-${index}-from`)} />
          <TextInput id={`closure-${index}-to`} name={`closure-${index}-to`} type="datetime-local" label={t('settings.closures.to')} value={closure.to} onChange={(to) => set(index, { to })} error={errorFor(`closure-${index}-to`)} />
          <TextInput
            id={`closure-${index}-reason`}
            name={`closure-${index}-reason`}
            label={t('settings.closures.reason')}
            hint={t('settings.closures.reasonHint')}
            value={closure.reason}
            onChange={(reason) => set(index, { reason })}
            error={errorFor(`closure-${index}-reason`)}
          />
          <button type="button" className="fd-link-button" onClick={() => onChange(closures.filter((_, i) => i !== index))}>
            {t('settings.closures.remove', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" id="closure-add" className="nhsuk-button nhsuk-button--secondary" onClick={() => onChange([...closures, { from: '', to: '', reason: '' }])}>
        {t('settings.closures.add')}
      </button>
    </section>
  );
}
