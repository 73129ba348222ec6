import { StrictMode, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError, get, onUnauthorized, send } from './api/client';
import type { Me, Role, SignInConfig } from './api/reads';
import { I18nProvider, useI18n, type TextKey } from './i18n';
import { AdvisorRoutes } from './screens/advisor';
import { WeekScreen } from './screens/week';
import { OfficerRoutes } from './screens/officer';
import { ControllerRoutes } from './screens/controller';
import { AdminRoutes } from './screens/admin';
import { ErrorNote, Link, Router, useLoad, useRoute } from './ui';
import './styles.css';

interface NavItem {
  readonly to: string;
  readonly text: TextKey;
  readonly roles: readonly Role[];
}

const NAV: readonly NavItem[] = [
  { to: '/app/customers', text: 'customers', roles: ['advisor', 'credit_officer', 'admin'] },
  { to: '/app/week', text: 'myWeek', roles: ['advisor', 'credit_officer'] },
  { to: '/app/loans', text: 'loans', roles: ['credit_officer', 'admin'] },
  { to: '/app/dashboard', text: 'dashboard', roles: ['controller', 'admin'] },
  { to: '/app/targets', text: 'targets', roles: ['controller', 'admin'] },
  { to: '/app/reports', text: 'reports', roles: ['controller', 'admin'] },
  { to: '/app/audit', text: 'audit', roles: ['controller', 'admin'] },
  { to: '/app/admin/employees', text: 'employees', roles: ['admin'] },
  { to: '/app/admin/projections', text: 'projections', roles: ['admin', 'controller'] },
];

/** Where each role starts. */
const HOME: Record<Role, string> = { advisor: '/app/customers', credit_officer: '/app/loans', controller: '/app/dashboard', admin: '/app/admin/employees' };

function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const config = useLoad(() => get<SignInConfig>('/auth/config'), []);
  // The identity provider's sign-in came back refused (cancelled, expired, failed, unavailable).
  const [error, setError] = useState<string | undefined>(() => {
    const reason = new URLSearchParams(location.search).get('signInError');
    return reason ? `${t('signInFailed')} (${reason})` : undefined;
  });
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    send('POST', '/auth/login', { userId: String(data.get('userId') ?? '').trim(), password: String(data.get('password') ?? '') }).then(
      () => onSignedIn(),
      (e: unknown) => {
        setBusy(false);
        setError(e instanceof ApiError ? e.message : String(e));
      },
    );
  };
  const returnTo = location.pathname.startsWith('/app') ? location.pathname + location.search : '/app/';
  return (
    <main id="main" className="sign-in card">
      <h1>{t('signIn')}</h1>
      {config.data?.mode === 'oidc' ? (
        <>
          {error && (
            <p className="error" role="alert" id="sign-in-error">
              {error}
            </p>
          )}
          <p>
            <a className="button" href={`/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`}>
              {t('signInSso')}
            </a>
          </p>
        </>
      ) : (
        <form onSubmit={submit} id="sign-in-form">
          <div className="field">
            <label htmlFor="userId">{t('userId')}</label>
            <input id="userId" name="userId" autoComplete="username" required />
          </div>
          <div className="field">
            <label htmlFor="password">{t('password')}</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required aria-describedby={error ? 'sign-in-error' : undefined} />
          </div>
          {error && (
            <p className="error" role="alert" id="sign-in-error">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {t('signIn')}
          </button>
        </form>
      )}
    </main>
  );
}

function Shell({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const { t, toggle } = useI18n();
  const { path, go } = useRoute();
  const has = (...roles: Role[]) => roles.some((r) => me.roles.includes(r));
  const home = HOME[me.roles.find((r) => HOME[r]) ?? 'advisor'];
  const route = path.split('?')[0]!.replace(/\/$/, '');
  if (route === '' || route === '/app') {
    queueMicrotask(() => go(home));
  }
  let screen: React.ReactNode = <p>{t('notFound')}</p>;
  if (route.startsWith('/app/customers') && has('advisor', 'credit_officer', 'admin')) screen = <AdvisorRoutes route={route} me={me} />;
  else if (route === '/app/week' && has('advisor', 'credit_officer')) screen = <WeekScreen me={me} />;
  else if (route.startsWith('/app/loans') && has('credit_officer', 'admin')) screen = <OfficerRoutes route={route} me={me} />;
  else if (/^\/app\/(dashboard|targets|reports|audit)/.test(route) && has('controller', 'admin')) screen = <ControllerRoutes route={route} />;
  else if (route === '/app/admin/projections' && has('controller', 'admin')) screen = <AdminRoutes route={route} me={me} />;
  else if (route.startsWith('/app/admin') && has('admin')) screen = <AdminRoutes route={route} me={me} />;
  else if (NAV.some((n) => route.startsWith(n.to))) screen = <p role="alert">{t('notAllowed')}</p>;
  return (
    <>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <header className="top">
        <span className="brand">{t('appName')}</span>
        <nav aria-label={t('mainNav')}>
          <ul>
            {NAV.filter((n) => has(...n.roles)).map((n) => (
              <li key={n.to}>
                <Link to={n.to}>{t(n.text)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <span className="who" data-user={me.userId}>
          {t('signedInAs')} <strong>{me.name ?? me.userId}</strong> ({me.roles.map((r) => t(r)).join(', ')})
        </span>
        <button type="button" className="secondary" onClick={toggle} lang={t('language') === 'English' ? 'en' : 'sv'}>
          {t('language')}
        </button>
        <button type="button" className="secondary" onClick={() => void send('POST', '/auth/logout').finally(onSignedOut)}>
          {t('signOut')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {screen}
      </main>
    </>
  );
}

function App() {
  const { t } = useI18n();
  const me = useLoad(() => get<Me>('/auth/me'), []);
  // A session that ends while the app is open leads back to the sign-in.
  onUnauthorized(me.reload);
  if (me.loading && !me.data) return <p className="loading">{t('loading')}</p>;
  if (me.data) return <Shell me={me.data} onSignedOut={me.reload} />;
  if (me.error && me.error.problem.status !== 401) return <ErrorNote error={me.error} />;
  return <SignIn onSignedIn={me.reload} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <Router>
        <App />
      </Router>
    </I18nProvider>
  </StrictMode>,
);
