import { useState } from 'react';
import { command, get, send } from '../api/client';
import { list, type Employee, type ExpiringCertification, type Me, type Role } from '../api/reads';
import { useI18n } from '../i18n';
import { ErrorNote, Field, optional, Scroll, Section, Submit, today, useCommandForm, useLoad, valuesOf } from '../ui';
import { REGIONS } from './options';

export function AdminRoutes({ route, me }: { route: string; me: Me }) {
  if (route === '/app/admin/employees') return <Employees />;
  if (route === '/app/admin/projections') return <Projections canRebuild={me.roles.includes('admin')} />;
  return null;
}

const ROLES: readonly Role[] = ['advisor', 'credit_officer', 'controller', 'admin'];

function RoleBoxes({ legend, defaults = [] }: { legend: string; defaults?: readonly Role[] }) {
  const { t } = useI18n();
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {ROLES.map((r) => (
        <label key={r} className="check">
          <input type="checkbox" name="roles" value={r} defaultChecked={defaults.includes(r)} /> {t(r)}
        </label>
      ))}
    </fieldset>
  );
}
const rolesOf = (form: HTMLFormElement): Role[] => new FormData(form).getAll('roles').map(String) as Role[];

function EmployeeRow({ employee, expiring, onChanged }: { employee: Employee; expiring: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const userId = employee.userId;
  const roles = useCommandForm((key, el) => command('put', '/employees/{userId}/roles', { userId }, { roles: rolesOf(el) as ('advisor' | 'admin')[] }, key), onChanged);
  const certify = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command('post', '/employees/{userId}/credit-certifications', { userId }, { validFrom: optional(v.validFrom), validTo: optional(v.validTo) }, key);
  }, onChanged);
  const password = useCommandForm(async (key, el) => {
    const result = await command('put', '/employees/{userId}/password', { userId }, { password: valuesOf(el).password ?? '' }, key);
    el.reset();
    return result;
  });
  const certs = employee.certifications ?? [];
  return (
    <>
      <tr data-employee={userId}>
        <th scope="row">{userId}</th>
        <td>{employee.region}</td>
        <td data-testid={`roles-${userId}`}>{(employee.roles ?? []).map((r) => t(r)).join(', ')}</td>
        <td data-testid={`certifications-${userId}`}>
          {certs.map((c) => `${c.validFrom} – ${c.validTo ?? ''}`).join('; ')} {expiring && <span className="tag warn">{t('expiringSoon')}</span>}
        </td>
        <td>
          <button type="button" className="secondary" aria-expanded={open} aria-controls={`edit-${userId}`} onClick={() => setOpen(!open)}>
            {t('actions')}
          </button>
        </td>
      </tr>
      {open && (
        <tr id={`edit-${userId}`}>
          <td colSpan={5}>
            <div className="grid">
              <form className="form" onSubmit={roles.onSubmit} aria-label={`${t('roles')} ${userId}`}>
                <RoleBoxes legend={t('roles')} defaults={employee.roles} />
                <Submit form={roles} label={t('save')} fields={['roles']} />
              </form>
              <form className="form" onSubmit={certify.onSubmit} aria-label={`${t('grantCertification')} ${userId}`} data-form="certify">
                <Field form={certify} name="validFrom" label={t('validFrom')} type="date" defaultValue={today()} />
                <Field form={certify} name="validTo" label={t('validTo')} type="date" />
                <Submit form={certify} label={t('grantCertification')} fields={['validFrom', 'validTo']} />
              </form>
              <form className="form" onSubmit={password.onSubmit} aria-label={`${t('setPassword')} ${userId}`} data-form="password">
                <Field form={password} name="password" label={t('newPassword')} type="password" required inputProps={{ autoComplete: 'new-password' }} />
                <Submit form={password} label={t('setPassword')} fields={['password']} />
              </form>
            </div>
          </td>
        </tr>
      )}
    </>
  );
}

function Employees() {
  const { t } = useI18n();
  const employees = useLoad(() => list<Employee>('/employees', { limit: 200 }), []);
  const expiring = useLoad(() => list<ExpiringCertification>('/employees/certifications/expiring', { withinDays: 30 }), []);
  const reload = () => {
    employees.reload();
    expiring.reload();
  };
  const register = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command('post', '/employees', {}, { userId: v.userId!, name: v.name!, region: v.region as 'orebro', roles: rolesOf(el) as 'advisor'[] }, key);
  }, reload);
  const expiringIds = new Set((expiring.data?.items ?? []).map((c) => c.userId));
  return (
    <>
      <h1>{t('employees')}</h1>
      <Section title={t('expiringSoon')}>
        <ErrorNote error={expiring.error} />
        <ul data-testid="expiring">
          {(expiring.data?.items ?? []).map((c) => (
            <li key={`${c.userId}-${c.validTo}`}>
              {c.userId}: {c.validTo} ({c.daysLeft})
            </li>
          ))}
          {expiring.data?.items.length === 0 && <li>–</li>}
        </ul>
      </Section>
      <Section title={t('employees')}>
        <ErrorNote error={employees.error} />
        <Scroll label={t('employees')}>
          <table data-testid="employees">
            <caption>{t('employees')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('region')}</th>
                <th scope="col">{t('roles')}</th>
                <th scope="col">{t('certifications')}</th>
                <th scope="col">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(employees.data?.items ?? []).map((e) => (
                <EmployeeRow key={e.userId} employee={e} expiring={expiringIds.has(e.userId)} onChanged={reload} />
              ))}
            </tbody>
          </table>
        </Scroll>
      </Section>
      <Section title={t('registerEmployee')}>
        <form className="form" onSubmit={register.onSubmit} id="register-employee">
          <Field form={register} name="userId" label={t('userId')} required />
          <Field form={register} name="name" label={t('name')} required />
          <Field form={register} name="region" label={t('region')} options={REGIONS} />
          <RoleBoxes legend={t('roles')} />
          <Submit form={register} label={t('registerEmployee')} fields={['userId', 'name', 'region', 'roles']} />
        </form>
      </Section>
    </>
  );
}

interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint?: string | null;
  readonly head?: string | null;
  readonly lagEvents?: number;
  readonly lagSeconds?: number | null;
  readonly rebuilding?: boolean | object | null;
  readonly [key: string]: unknown;
}

function Projections({ canRebuild }: { canRebuild: boolean }) {
  const { t } = useI18n();
  const status = useLoad(() => get<{ projections: readonly ProjectionStatus[]; rebuild: unknown }>('/projections'), []);
  const rebuild = useCommandForm(async (_key, el) => {
    const name = valuesOf(el).name;
    await send('POST', '/projections/rebuild', name ? { name } : {});
  }, status.reload);
  return (
    <>
      <h1>{t('projections')}</h1>
      <ErrorNote error={status.error} />
      <table data-testid="projections">
        <caption>{t('projections')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('position')}</th>
            <th scope="col" className="num">
              {t('lag')}
            </th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {(status.data?.projections ?? []).map((p) => (
            <tr key={p.name}>
              <th scope="row">{p.name}</th>
              <td>{p.checkpoint ?? '–'}</td>
              <td className="num">{p.lagEvents ?? '–'}</td>
              <td>{p.rebuilding ? t('rebuild') + ' …' : 'ok'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="secondary" onClick={status.reload}>
        ↻
      </button>
      {canRebuild && (
        <form className="form inline card" onSubmit={rebuild.onSubmit} id="rebuild">
          <Field form={rebuild} name="name" label={t('name')} options={[['', '*'], ...(status.data?.projections ?? []).map((p) => [p.name, p.name] as const)]} />
          <Submit form={rebuild} label={t('rebuild')} />
        </form>
      )}
    </>
  );
}
