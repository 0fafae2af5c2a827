import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/error-summary';
import { LoadingPage } from '../../components/loading-page';
import { PageHeading } from '../../components/page-heading';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { ApiError } from '../../platform/api/client';
import { ActionError } from './action-error';
import { practiceAreaKeys } from './api/keys';
import { addStaffAccount, changeStaffAccount, staffAccountsQuery } from './api/staff-accounts';
import type { NewStaffAccount, Staff, StaffAccount, StaffRole } from './api/types';
import { NewAccountDetails } from './new-account-details';
import { SessionFrame } from './session-frame';

function AccountRow({ account, me }: { account: StaffAccount; me: Staff }) {
  const { t } = useTranslation('practice-area');
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationKey: practiceAreaKeys.action('staff-change'),
    mutationFn: (input: { role?: StaffRole; disabled?: boolean }) => changeStaffAccount(account.id, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: practiceAreaKeys.staff() }),
  });
  const isMe = account.id === me.id;
  return (
    <tr className="nhsuk-table__row">
      <td className="nhsuk-table__cell">{account.name}</td>
      <td className="nhsuk-table__cell fd-practice-area__wrap">{account.email}</td>
      <td className="nhsuk-table__cell">{t(`roles.${account.role}`)}</td>
      <td className="nhsuk-table__cell">{account.disabled ? t('staff.disabled') : t('staff.active')}</td>
      <td className="nhsuk-table__cell">
        {/* An admin cannot demote or disable themselves: the practice would have no admin. */}
        {isMe ? (
          t('staff.you')
        ) : (
          <div className="fd-practice-area__actions">
            <button type="button" className="fd-link-button" disabled={change.isPending} onClick={() => change.mutate({ role: account.role === 'admin' ? 'staff' : 'admin' })}>
              {account.role === 'admin' ? t('staff.makeStaff', { name: account.name }) : t('staff.makeAdmin', { name: account.name })}
            </button>
            <button type="button" className="fd-link-button" disabled={change.isPending} onClick={() => change.mutate({ disabled: !account.disabled })}>
              {account.disabled ? t('staff.enable', { name: account.name }) : t('staff.disable', { name: account.name })}
            </button>
          </div>
        )}
        <ActionError error={change.error} />
      </td>
    </tr>
  );
}

type Field = 'name' | 'email' | 'role';

function AddAccount({ onAdded }: { onAdded: (account: NewStaffAccount) => void }) {
  const { t } = useTranslation('practice-area');
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('staff');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const add = useMutation({
    mutationKey: practiceAreaKeys.action('staff-add'),
    mutationFn: addStaffAccount,
    onSuccess: (account) => {
      void queryClient.invalidateQueries({ queryKey: practiceAreaKeys.staff() });
      setName('');
      setEmail('');
      setRole('staff');
      onAdded(account);
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.status !== 400) return;
      const found: Partial<Record<Field, string>> = {};
      for (const issue of error.issues) {
        const field = (issue.expression ?? []).map((e) => e.replace(/^.*\./, '')).find((e): e is Field => e === 'name' || e === 'email' || e === 'role');
        if (field) found[field] = issue.details?.text ?? t(`staff.problems.${field}`);
      }
      setProblems(found);
    },
  });

  function send(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!name.trim()) found.name = t('staff.problems.name');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = t('staff.problems.email');
    setProblems(found);
    if (Object.keys(found).length === 0) add.mutate({ name: name.trim(), email: email.trim(), role });
  }

  const errors = (Object.entries(problems) as [Field, string][]).map(([field, text]) => ({ href: `#${field === 'role' ? 'role' : field}`, text }));
  return (
    <section aria-labelledby="add-title">
      <h2 className="nhsuk-heading-m" id="add-title">
        {t('staff.add.title')}
      </h2>
      <ErrorSummary errors={errors} />
      <ActionError error={add.error instanceof ApiError && add.error.status === 400 && errors.length > 0 ? null : add.error} />
      <form onSubmit={send} noValidate>
        <TextInput id="name" name="name" label={t('staff.add.name')} value={name} onChange={setName} error={problems.name} autoComplete="off" />
        <TextInput id="email" name="email" type="email" label={t('staff.add.email')} value={email} onChange={setEmail} error={problems.email} autoComplete="off" spellCheck={false} />
        <Radios
          name="role"
          legend={t('staff.add.role')}
          value={role}
          error={problems.role}
          onChange={(value) => setRole(value === 'admin' ? 'admin' : 'staff')}
          options={[
            { value: 'staff', label: t('roles.staff'), hint: t('staff.add.staffHint') },
            { value: 'admin', label: t('roles.admin'), hint: t('staff.add.adminHint') },
          ]}
        />
        <button type="submit" className="nhsuk-button" disabled={add.isPending}>
          {t('staff.add.send')}
        </button>
      </form>
    </section>
  );
}

function StaffAccounts({ me }: { me: Staff }) {
  const { t } = useTranslation('practice-area');
  const accounts = useQuery(staffAccountsQuery());
  const [added, setAdded] = useState<NewStaffAccount | null>(null);
  return (
    <>
      <PageHeading title={t('staff.title')} />
      {added ? <NewAccountDetails account={added} /> : null}
      {accounts.data ? (
        <div className="fd-practice-area__table-scroll">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption">{t('staff.listTitle')}</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  {t('staff.columns.name')}
                </th>
                <th scope="col" className="nhsuk-table__header">
                  {t('staff.columns.email')}
                </th>
                <th scope="col" className="nhsuk-table__header">
                  {t('staff.columns.role')}
                </th>
                <th scope="col" className="nhsuk-table__header">
                  {t('staff.columns.status')}
                </th>
                <th scope="col" className="nhsuk-table__header">
                  {t('staff.columns.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {accounts.data.staff.map((account) => (
                <AccountRow key={account.id} account={account} me={me} />
              ))}
            </tbody>
          </table>
        </div>
      ) : accounts.isError ? (
        <p role="alert">{t('staff.unavailable')}</p>
      ) : (
        <LoadingPage />
      )}
      <AddAccount
        onAdded={(account) => {
          setAdded(account);
          requestAnimationFrame(() => document.getElementById('new-account-title')?.focus());
        }}
      />
    </>
  );
}

/** `/practice/staff`: the practice admin's list of staff accounts. */
export function StaffAccountsPage() {
  const { t } = useTranslation('practice-area');
  return (
    <SessionFrame adminOnly title={t('staff.title')}>
      {(me) => <StaffAccounts me={me} />}
    </SessionFrame>
  );
}
