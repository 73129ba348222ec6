import { useState } from 'react';
import { command } from '../api/client';
import { list, one, type CustomerDetail, type CustomerSummary, type Me, type TimelineItem } from '../api/reads';
import { formatSek, useI18n, type Lang, type TextKey } from '../i18n';
import { ErrorNote, Field, isOrganisationNumber, Link, optional, Section, Submit, today, useCommandForm, useLoad, useRoute, valuesOf } from '../ui';
import { GROUPS, MODULES, PHASES, PROGRAMMES, REGIONS, YES_NO } from './options';

export function AdvisorRoutes({ route, me }: { route: string; me: Me }) {
  if (route === '/app/customers') return <FindCustomer />;
  if (route === '/app/customers/new') return <RegisterCustomer />;
  const id = /^\/app\/customers\/([^/]+)$/.exec(route)?.[1];
  return id ? <CustomerPage customerId={decodeURIComponent(id)} me={me} /> : null;
}

function FindCustomer() {
  const { t } = useI18n();
  const [q, setQ] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const found = useLoad(() => list<CustomerSummary>('/customers', { q, limit: 50 }), [q]);
  return (
    <>
      <h1>{t('customers')}</h1>
      <p>
        <Link to="/app/customers/new" className="button">
          {t('registerCustomer')}
        </Link>
      </p>
      <Section title={t('findCustomer')}>
        <div className="field">
          <label htmlFor="customer-search">{t('findCustomer')}</label>
          <input
            id="customer-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            aria-describedby="customer-search-hint"
            aria-controls="customer-results"
            autoComplete="off"
          />
          <span className="hint" id="customer-search-hint">
            {t('searchHint')}
          </span>
        </div>
        <ErrorNote error={found.error} />
        <ul id="customer-results" className="results" aria-live="polite" aria-busy={found.loading}>
          {found.data?.items.map((c) => (
            <li key={c.customerId}>
              <Link to={`/app/customers/${c.customerId}`}>{c.name}</Link> <span className="muted">{c.organisationNumber}</span>{' '}
              <span className="muted">{[c.municipality, c.targetGroup].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
          {found.data && found.data.items.length === 0 && <li>{t('noMatches')}</li>}
        </ul>
      </Section>
    </>
  );
}

function RegisterCustomer() {
  const { t } = useI18n();
  const { go } = useRoute();
  const [orgNumber, setOrgNumber] = useState('');
  const form = useCommandForm(
    (key, el) => {
      const v = valuesOf(el);
      return command(
        'post',
        '/customers',
        {},
        {
          customerId: v.customerId!,
          name: v.name!,
          region: v.region as 'orebro',
          municipality: v.municipality!,
          foundedOn: v.foundedOn!,
          phase: v.phase as 'growth',
          registeredOn: optional(v.registeredOn),
        },
        key,
      );
    },
    (result) => result && go(`/app/customers/${result.ids.customerId}`),
  );
  const valid = isOrganisationNumber(orgNumber);
  return (
    <>
      <h1>{t('registerCustomer')}</h1>
      <form className="card form" onSubmit={form.onSubmit} noValidate>
        <Field
          form={form}
          name="customerId"
          label={t('orgNumber')}
          required
          invalid={orgNumber !== '' && !valid}
          inputProps={{ value: orgNumber, onChange: (e) => setOrgNumber(e.target.value), inputMode: 'numeric', placeholder: 'NNNNNN-NNNN', autoComplete: 'off' }}
          hint={
            orgNumber === '' ? (
              'NNNNNN-NNNN'
            ) : (
              <span className={valid ? 'ok' : 'error'} data-orgnr={valid ? 'valid' : 'invalid'}>
                {valid ? t('orgNumberOk') : t('orgNumberBad')}
              </span>
            )
          }
        />
        <Field form={form} name="name" label={t('name')} required />
        <Field form={form} name="region" label={t('region')} options={REGIONS} />
        <Field form={form} name="municipality" label={t('municipality')} required />
        <Field form={form} name="foundedOn" label={t('foundedOn')} type="date" required />
        <Field form={form} name="phase" label={t('phase')} options={PHASES} />
        <Field form={form} name="registeredOn" label={t('registeredOn')} type="date" defaultValue={today()} />
        <Submit form={form} label={t('registerCustomer')} fields={['customerId', 'name', 'region', 'municipality', 'foundedOn', 'phase', 'registeredOn']} />
      </form>
    </>
  );
}

function describe(item: TimelineItem, t: (k: TextKey) => string, lang: Lang): string {
  if (item.session)
    return `${item.session.durationMinutes} ${t('minutes').toLowerCase()} · ${item.session.advisorId}${item.session.sustainabilityDiscussed ? ` · ${t('sustainability')}` : ''}`;
  if (item.delivery) return `${item.delivery.module} · ${item.delivery.advisorId}${item.delivery.voidReason ? ` · ${t('reason')}: ${item.delivery.voidReason}` : ''}`;
  if (item.loan) return `${item.loan.product} · ${item.loan.status} · ${formatSek(item.loan.grantedAmountOre ?? item.loan.appliedAmountOre, lang)}`;
  if (item.mentorPair) return `${item.mentorPair.programme}${item.mentorPair.concludedOn ? ` · ${t('conclude')} ${item.mentorPair.concludedOn}` : ''}`;
  if (item.surveyAnswer) return `${item.surveyAnswer.wouldRecommend ? '👍' : '👎'} ${item.surveyAnswer.score ?? ''}`;
  return '';
}

const KIND_TEXT: Record<TimelineItem['kind'], TextKey> = { session: 'logSession', delivery: 'recordDelivery', loan: 'loan', mentor_pair: 'mentorPairs', survey_answer: 'survey' };

function Timeline({ items }: { items: readonly TimelineItem[] }) {
  const { t, lang } = useI18n();
  return (
    <ol className="timeline" data-testid="timeline">
      {items.map((item) => {
        const voided = item.delivery?.voided === true;
        return (
          <li key={`${item.kind}-${item.id}`} data-kind={item.kind} className={voided ? 'voided' : undefined}>
            <time dateTime={item.date}>{item.date}</time> <strong>{t(KIND_TEXT[item.kind])}</strong> {voided && <span className="tag">{t('voided')}</span>}{' '}
            <span className="muted">{describe(item, t, lang)}</span> {item.kind === 'loan' && <Link to={`/app/loans/${item.id}`}>{t('loan')}</Link>}
          </li>
        );
      })}
    </ol>
  );
}

function CustomerPage({ customerId, me }: { customerId: string; me: Me }) {
  const { t } = useI18n();
  const customer = useLoad(() => one<CustomerDetail>(`/customers/${encodeURIComponent(customerId)}`), [customerId]);
  const reload = customer.reload;
  const c = customer.data;
  const timeline = c?.timeline ?? [];
  const deliveries = timeline.filter((i) => i.delivery && !i.delivery.voided);
  const pairs = timeline.filter((i) => i.mentorPair && !i.mentorPair.concludedOn);
  const ownerRecorded = c?.ownerProfile.recorded;
  const isAdvisor = me.roles.includes('advisor');
  const yesNo = YES_NO(t);

  const classify = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command('post', '/customers/{customerId}/classifications', { customerId }, { group: v.group as 'ideal', effectiveFrom: optional(v.effectiveFrom) }, key);
  }, reload);
  const owner = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command(
      'put',
      '/customers/{customerId}/owner-profile',
      { customerId },
      { womenLed: v.womenLed as 'yes', foreignBackground: v.foreignBackground as 'yes', ownerName: optional(v.ownerName), recordedOn: optional(v.recordedOn) },
      key,
    );
  }, reload);
  const session = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command(
      'post',
      '/advisory/sessions',
      {},
      { customerId, date: optional(v.date), durationMinutes: Number(v.durationMinutes), sustainabilityDiscussed: v.sustainabilityDiscussed === 'yes' },
      key,
    );
  }, reload);
  const delivery = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command('post', '/advisory/deliveries', {}, { customerId, module: v.module!, deliveredOn: optional(v.deliveredOn) }, key);
  }, reload);
  const voidForm = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command('post', '/advisory/deliveries/{deliveryId}/void', { deliveryId: v.deliveryId! }, { reason: v.reason!, voidedOn: optional(v.voidedOn) }, key);
  }, reload);
  const match = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command(
      'post',
      '/advisory/mentor-pairs',
      {},
      { customerId, programme: v.programme as 'mentor_starta_foretag', mentorName: v.mentorName!, matchedOn: optional(v.matchedOn) },
      key,
    );
  }, reload);
  const conclude = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command('post', '/advisory/mentor-pairs/{pairId}/conclude', { pairId: v.pairId! }, { concludedOn: optional(v.concludedOn) }, key);
  }, reload);
  const [confirmErase, setConfirmErase] = useState(false);
  const erase = useCommandForm((key) => command('post', '/customers/{customerId}/erase-personal-data', { customerId }, {}, key), reload);

  if (customer.error) return <ErrorNote error={customer.error} />;
  if (!c) return <p>{t('loading')}</p>;
  return (
    <>
      <h1>{c.name}</h1>
      <div className="grid">
        <Section title={t('profile')}>
          <dl className="facts">
            <dt>{t('orgNumber')}</dt>
            <dd>{c.organisationNumber}</dd>
            <dt>{t('region')}</dt>
            <dd>{c.region}</dd>
            <dt>{t('municipality')}</dt>
            <dd>{c.municipality}</dd>
            <dt>{t('phase')}</dt>
            <dd>{c.phase}</dd>
            <dt>{t('foundedOn')}</dt>
            <dd>{c.foundedOn}</dd>
            <dt>{t('ownerProfile')}</dt>
            <dd data-testid="owner-profile">{c.ownerProfile?.erased ? t('erased') : ownerRecorded ? t('ownerProfileRecorded') : t('ownerProfileMissing')}</dd>
          </dl>
        </Section>
        <Section title={t('targetGroup')}>
          <p className="big" data-testid="target-group">
            {c.targetGroup}
          </p>
          <h3>{t('targetGroupHistory')}</h3>
          <ul>
            {(c.targetGroupHistory ?? []).map((h, i) => (
              <li key={i}>
                {h.effectiveFrom}: {h.group}
              </li>
            ))}
          </ul>
          {isAdvisor && (
            <form onSubmit={classify.onSubmit} className="form inline" aria-label={t('classify')}>
              <Field form={classify} name="group" label={t('targetGroup')} options={GROUPS} />
              <Field form={classify} name="effectiveFrom" label={t('effectiveFrom')} type="date" defaultValue={today()} />
              <Submit form={classify} label={t('classify')} fields={['group', 'effectiveFrom']} />
            </form>
          )}
        </Section>
      </div>
      <Section title={t('timeline')}>
        <Timeline items={timeline} />
      </Section>
      {isAdvisor && (
        <div className="grid">
          <Section title={t('logSession')}>
            <form onSubmit={session.onSubmit} className="form" id="log-session">
              <Field form={session} name="date" label={t('date')} type="date" defaultValue={today()} />
              <Field form={session} name="durationMinutes" label={t('minutes')} type="number" required defaultValue={60} inputProps={{ step: 1 }} />
              <Field
                form={session}
                name="sustainabilityDiscussed"
                label={t('sustainability')}
                options={[
                  ['no', t('no')],
                  ['yes', t('yes')],
                ]}
              />
              <Submit form={session} label={t('logSession')} fields={['date', 'durationMinutes', 'sustainabilityDiscussed']} />
            </form>
          </Section>
          <Section title={t('recordDelivery')}>
            <form onSubmit={delivery.onSubmit} className="form" id="record-delivery">
              <Field form={delivery} name="module" label={t('module')} options={MODULES} />
              <Field form={delivery} name="deliveredOn" label={t('date')} type="date" defaultValue={today()} />
              <Submit form={delivery} label={t('recordDelivery')} fields={['module', 'deliveredOn']} />
            </form>
          </Section>
          <Section title={t('voidDelivery')}>
            <form onSubmit={voidForm.onSubmit} className="form" id="void-delivery">
              <Field form={voidForm} name="deliveryId" label={t('deliveryId')} options={deliveries.map((d) => [d.id, `${d.date} ${d.delivery?.module ?? ''}`] as const)} />
              <Field form={voidForm} name="reason" label={t('reason')} required />
              <Field form={voidForm} name="voidedOn" label={t('date')} type="date" defaultValue={today()} />
              <Submit form={voidForm} label={t('void')} fields={['reason', 'voidedOn']} />
            </form>
          </Section>
          <Section title={t('ownerProfile')}>
            <form onSubmit={owner.onSubmit} className="form" id="owner-profile">
              <p className="consent" id="consent-wording">
                {t('consent')}
              </p>
              <Field form={owner} name="womenLed" label={t('womenLed')} options={yesNo} />
              <Field form={owner} name="foreignBackground" label={t('foreignBackground')} options={yesNo} />
              <Field form={owner} name="ownerName" label={t('ownerName')} />
              <Field form={owner} name="recordedOn" label={t('recordedOn')} type="date" defaultValue={today()} />
              <Submit form={owner} label={t('save')} fields={['womenLed', 'foreignBackground', 'ownerName', 'recordedOn']} />
            </form>
          </Section>
          <Section title={t('mentorPairs')}>
            <form onSubmit={match.onSubmit} className="form" id="match-mentor">
              <Field form={match} name="programme" label={t('programme')} options={PROGRAMMES} />
              <Field form={match} name="mentorName" label={t('mentorName')} required />
              <Field form={match} name="matchedOn" label={t('date')} type="date" defaultValue={today()} />
              <Submit form={match} label={t('matchMentor')} fields={['programme', 'mentorName', 'matchedOn']} />
            </form>
            <form onSubmit={conclude.onSubmit} className="form" id="conclude-mentor">
              <Field form={conclude} name="pairId" label={t('pair')} options={pairs.map((p) => [p.id, `${p.date} ${p.mentorPair?.programme ?? ''}`] as const)} />
              <Field form={conclude} name="concludedOn" label={t('date')} type="date" defaultValue={today()} />
              <Submit form={conclude} label={t('conclude')} fields={['concludedOn']} />
            </form>
          </Section>
        </div>
      )}
      {me.roles.includes('admin') && !c.ownerProfile.erased && (
        <Section title={t('erase')}>
          <form onSubmit={erase.onSubmit} className="form" id="erase-customer">
            <label className="check">
              <input type="checkbox" checked={confirmErase} onChange={(e) => setConfirmErase(e.target.checked)} /> {t('eraseConfirm')}
            </label>
            {confirmErase && <Submit form={erase} label={t('erase')} />}
          </form>
        </Section>
      )}
    </>
  );
}
