import { useState } from 'react';
import { command } from '../api/client';
import { one, type Me, type TimeEntries, type TimeEntry } from '../api/reads';
import { useI18n } from '../i18n';
import { ErrorNote, Field, optional, Section, Submit, useCommandForm, useLoad, valuesOf } from '../ui';

const iso = (d: Date): string => d.toISOString().slice(0, 10);
/** The Monday of the week that holds `date` (UTC dates: business dates carry no time zone). */
function mondayOf(date: string): Date {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d;
}
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
const hours = (minutes: number): string => (minutes / 60).toLocaleString('sv-SE', { maximumFractionDigits: 2 });

function EntryRow({ entry, employee, onChanged }: { entry: TimeEntry; employee: string; onChanged: () => void }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'view' | 'correct' | 'void'>('view');
  const correct = useCommandForm(
    (key, el) => {
      const v = valuesOf(el);
      return command(
        'post',
        '/time-entries/{entryId}/correction',
        { entryId: entry.entryId },
        { employeeId: employee, date: v.date!, minutes: Number(v.minutes), kind: v.kind as 'customer', customerId: optional(v.customerId) },
        key,
      );
    },
    () => {
      setMode('view');
      onChanged();
    },
  );
  const voidForm = useCommandForm(
    (key, el) => command('post', '/time-entries/{entryId}/void', { entryId: entry.entryId }, { employeeId: employee, date: entry.date, reason: valuesOf(el).reason! }, key),
    () => {
      setMode('view');
      onChanged();
    },
  );
  const voided = entry.voided;
  const corrected = entry.history.some((h) => h.change === 'corrected');
  return (
    <li className={voided ? 'voided' : undefined} data-entry={entry.entryId}>
      <span>
        {hours(entry.minutes)} {t('hours')} · {t(entry.kind)} {entry.customerId ? `· ${entry.customerId}` : ''} {voided && <span className="tag">{t('voided')}</span>}{' '}
        {corrected && <span className="tag">{t('corrected')}</span>}
      </span>
      {!voided && mode === 'view' && (
        <span className="row-actions">
          <button type="button" className="secondary" onClick={() => setMode('correct')}>
            {t('correct')}
          </button>
          <button type="button" className="secondary" onClick={() => setMode('void')}>
            {t('void')}
          </button>
        </span>
      )}
      {mode === 'correct' && (
        <form className="form inline" onSubmit={correct.onSubmit} aria-label={t('correct')}>
          <Field form={correct} name="date" label={t('date')} type="date" defaultValue={entry.date} required />
          <Field form={correct} name="minutes" label={t('minutes')} type="number" defaultValue={entry.minutes} required />
          <Field
            form={correct}
            name="kind"
            label={t('kind')}
            defaultValue={entry.kind}
            options={[
              ['customer', t('customer')],
              ['internal', t('internal')],
              ['absence', t('absence')],
            ]}
          />
          <Field form={correct} name="customerId" label={t('customer')} defaultValue={entry.customerId ?? ''} />
          <Submit form={correct} label={t('correct')} fields={['date', 'minutes', 'kind', 'customerId']} />
        </form>
      )}
      {mode === 'void' && (
        <form className="form inline" onSubmit={voidForm.onSubmit} aria-label={t('void')}>
          <Field form={voidForm} name="reason" label={t('reason')} required />
          <Submit form={voidForm} label={t('void')} fields={['reason']} />
        </form>
      )}
    </li>
  );
}

export function WeekScreen({ me }: { me: Me }) {
  const { t, lang } = useI18n();
  const [monday, setMonday] = useState(() => mondayOf(new Date().toISOString().slice(0, 10)));
  const from = iso(monday);
  const to = iso(addDays(monday, 6));
  const entries = useLoad(() => one<TimeEntries>('/time-entries', { employee: me.userId, from, to, limit: 200 }), [from, me.userId]);
  const record = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command(
      'post',
      '/time-entries',
      {},
      { date: optional(v.date), minutes: Math.round(Number((v.hours ?? '').replace(',', '.')) * 60), kind: v.kind as 'customer', customerId: optional(v.customerId) },
      key,
    );
  }, entries.reload);
  const days = Array.from({ length: 7 }, (_, i) => iso(addDays(monday, i)));
  const items = entries.data?.items ?? [];
  const dayTotal = (date: string): number => entries.data?.days.find((d) => d.date === date)?.totalMinutes ?? 0;
  const share = entries.data?.customerTimeShare.share ?? undefined;
  const weekday = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <>
      <h1>{t('myWeek')}</h1>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => setMonday(addDays(monday, -7))}>
          ← {t('previousWeek')}
        </button>
        <span aria-live="polite">
          {from} – {to}
        </span>
        <button type="button" className="secondary" onClick={() => setMonday(addDays(monday, 7))}>
          {t('nextWeek')} →
        </button>
      </div>
      <p className="share" data-testid="customer-share">
        {t('customerShare')}: <strong className={share !== undefined && share < 0.8 ? 'below' : 'ok'}>{share === undefined ? '–' : `${(share * 100).toFixed(1)} %`}</strong> (
        {t('goal')}){share !== undefined && <meter min={0} max={1} low={0.8} optimum={1} value={share} aria-label={t('customerShare')} />}
      </p>
      <ErrorNote error={entries.error} />
      <div className="week">
        {days.map((date) => (
          <section key={date} className="card day" aria-label={weekday.format(new Date(`${date}T00:00:00Z`))} data-date={date}>
            <h2>{weekday.format(new Date(`${date}T00:00:00Z`))}</h2>
            <ul className="entries">
              {items
                .filter((e) => e.date === date)
                .map((e) => (
                  <EntryRow key={e.entryId} entry={e} employee={me.userId} onChanged={entries.reload} />
                ))}
            </ul>
            <p className="total" data-testid={`total-${date}`}>
              {t('total')}: {hours(dayTotal(date))} {t('hours')}
            </p>
          </section>
        ))}
      </div>
      <Section title={t('recordTime')}>
        <form className="form inline" onSubmit={record.onSubmit} id="record-time">
          <Field form={record} name="date" label={t('date')} type="date" defaultValue={new Date().toISOString().slice(0, 10)} required />
          <Field form={record} name="hours" apiField="minutes" label={`${t('hours')}`} type="text" required inputProps={{ inputMode: 'decimal' }} />
          <Field
            form={record}
            name="kind"
            label={t('kind')}
            options={[
              ['customer', t('customer')],
              ['internal', t('internal')],
              ['absence', t('absence')],
            ]}
          />
          <Field form={record} name="customerId" label={`${t('customer')} (${t('orgNumber')})`} />
          <Submit form={record} label={t('recordTime')} fields={['date', 'minutes', 'kind', 'customerId']} />
        </form>
      </Section>
    </>
  );
}
