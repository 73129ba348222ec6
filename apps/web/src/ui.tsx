import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, newIdempotencyKey, type CommandResult, type Problem } from './api/client';
import { useI18n } from './i18n';

// ---------------------------------------------------------------- routing (history API under /app)

const RouteContext = createContext<{ path: string; go(path: string): void }>({ path: '/app/', go: () => undefined });

export function Router({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(() => location.pathname + location.search);
  useEffect(() => {
    const onPop = () => setPath(location.pathname + location.search);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((to: string) => {
    history.pushState(null, '', to);
    setPath(to);
    scrollTo(0, 0);
  }, []);
  return <RouteContext.Provider value={{ path, go }}>{children}</RouteContext.Provider>;
}

export const useRoute = () => useContext(RouteContext);

/** An in-app link: a real <a href> (keyboard, new tab), navigated without reloading. */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const { go, path } = useRoute();
  return (
    <a
      href={to}
      className={className}
      aria-current={path === to ? 'page' : undefined}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        go(to);
      }}
    >
      {children}
    </a>
  );
}

// ---------------------------------------------------------------- data loading

export interface Loaded<T> {
  readonly data?: T;
  readonly error?: ApiError;
  readonly loading: boolean;
  reload(): void;
}

/** Loads with `load` whenever a dependency changes; the latest answer wins. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error: error instanceof ApiError ? error : new ApiError({ status: 0, detail: String(error) }), loading: false }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

// ---------------------------------------------------------------- commands and forms

export interface CommandForm {
  readonly busy: boolean;
  readonly problem?: Problem;
  readonly done: boolean;
  /** The server's reason for this field, if it named it. */
  errorFor(field: string): string | undefined;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
}

/**
 * One form's submissions. A submission gets one Idempotency-Key, kept while it is retried (a
 * network failure, a 5xx) and while a second click arrives, so the api records it once; a
 * refusal (4xx) or a success ends the submission, and the next one gets a new key.
 */
export function useCommandForm(run: (key: string, form: HTMLFormElement) => Promise<CommandResult | void>, after?: (result: CommandResult | void) => void): CommandForm {
  const key = useRef<string | null>(null);
  const busy = useRef(false);
  const [state, setState] = useState<{ busy: boolean; problem?: Problem; done: boolean }>({ busy: false, done: false });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    key.current ??= newIdempotencyKey();
    setState({ busy: true, done: false });
    const form = event.currentTarget;
    run(key.current, form).then(
      (result) => {
        key.current = null;
        busy.current = false;
        form.reset();
        setState({ busy: false, done: true });
        after?.(result);
      },
      (error: unknown) => {
        const problem = error instanceof ApiError ? error.problem : { status: 0, detail: String(error) };
        if (error instanceof ApiError && error.isRefusal) key.current = null;
        busy.current = false;
        setState({ busy: false, problem, done: false });
      },
    );
  };
  return {
    ...state,
    errorFor: (field) => state.problem?.errors?.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.reason,
    onSubmit,
  };
}

/** Reads the form's named controls. */
export const valuesOf = (form: HTMLFormElement): Record<string, string> => {
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, name) => {
    if (typeof value === 'string') values[name] = value.trim();
  });
  return values;
};
export const optional = (value: string | undefined): string | undefined => (value ? value : undefined);
/** Kronor as typed (comma or point decimals, spaces) to integer öre. */
export const toOre = (kronor: string | undefined): number => Math.round(Number((kronor ?? '').replace(/\s/g, '').replace(',', '.')) * 100);

interface FieldProps {
  readonly form: CommandForm;
  readonly name: string;
  /** The field the api names in its refusals, when it differs from the control's name. */
  readonly apiField?: string;
  readonly label: string;
  readonly type?: string;
  readonly required?: boolean;
  readonly defaultValue?: string | number;
  readonly options?: readonly (readonly [string, string])[];
  readonly hint?: ReactNode;
  readonly invalid?: boolean;
  readonly inputProps?: React.InputHTMLAttributes<HTMLInputElement>;
}

/** A labelled control with the server's reason for refusing it right beside it. */
export function Field({ form, name, apiField, label, type = 'text', required, defaultValue, options, hint, invalid, inputProps }: FieldProps) {
  const id = useId();
  const error = form.errorFor(apiField ?? name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, name, required, 'aria-invalid': error || invalid ? true : undefined, 'aria-describedby': describedBy } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select {...common} defaultValue={defaultValue}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      ) : type === 'textarea' ? (
        <textarea {...common} defaultValue={defaultValue} rows={3} />
      ) : (
        <input {...common} type={type} defaultValue={defaultValue} {...inputProps} />
      )}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error" id={`${id}-error`} data-field-error={apiField ?? name}>
          {error}
        </span>
      )}
    </div>
  );
}

/** The submit button and the refusal that names no field. */
export function Submit({ form, label, fields = [] }: { form: CommandForm; label: string; fields?: readonly string[] }) {
  const { t } = useI18n();
  const problem = form.problem;
  const unplaced = problem && !(problem.errors ?? []).some((e) => fields.some((f) => e.field === f || e.field.startsWith(`${f}.`)));
  return (
    <div className="submit">
      <button type="submit" disabled={form.busy} aria-busy={form.busy}>
        {label}
      </button>
      <span role="status" className="ok">
        {form.done ? t('saved') : ''}
      </span>
      {unplaced && (
        <p className="error" role="alert" data-problem={problem.status}>
          {problem.detail ?? problem.title}
          {(problem.errors ?? [])
            .filter((e) => !fields.includes(e.field))
            .map((e) => ` ${e.field}: ${e.reason}`)
            .join(';')}
        </p>
      )}
    </div>
  );
}

export function ErrorNote({ error }: { error?: ApiError }) {
  return error ? (
    <p className="error" role="alert">
      {error.message}
    </p>
  ) : null;
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId} id={id}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** A wide table's frame: it scrolls sideways inside its card, and a keyboard user can focus it to scroll (named for screen readers). */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** The Luhn check of a Swedish organisationsnummer (10 digits, optional hyphen after 6). */
export function isOrganisationNumber(value: string): boolean {
  const digits = value.trim().replace(/^(\d{6})-(\d{4})$/, '$1$2');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}
