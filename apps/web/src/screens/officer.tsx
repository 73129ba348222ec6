import { useState } from 'react';
import { command } from '../api/client';
import { first, list, one, type LoanDetail, type LoanSummary, type Me } from '../api/reads';
import { formatSek, useI18n } from '../i18n';
import { ErrorNote, Field, Link, optional, Scroll, Section, Submit, toOre, today, useCommandForm, useLoad, useRoute, valuesOf } from '../ui';
import { PRODUCTS, STATUSES, STATUS_TEXT } from './options';

export function OfficerRoutes({ route, me }: { route: string; me: Me }) {
  if (route === '/app/loans') return <Pipeline />;
  if (route === '/app/loans/new') return <RegisterLoan />;
  const id = /^\/app\/loans\/([^/]+)$/.exec(route)?.[1];
  return id ? <LoanPage loanId={decodeURIComponent(id)} me={me} /> : null;
}

const amountOf = (loan: LoanSummary): number | undefined => first(loan.grantedAmountOre, loan.appliedAmountOre);

function LoanTable({ loans, caption, testId }: { loans: readonly LoanSummary[]; caption: string; testId: string }) {
  const { t, lang } = useI18n();
  return (
    <Scroll label={caption}>
      <table data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('loan')}</th>
            <th scope="col">{t('customer')}</th>
            <th scope="col">{t('product')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col" className="num">
              {t('amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {loans.map((loan) => (
            <tr key={loan.loanId} data-loan={loan.loanId}>
              <td>
                <Link to={`/app/loans/${loan.loanId}`}>{loan.loanId.slice(0, 8)}</Link>
              </td>
              <td>{loan.customerName ?? loan.customerId}</td>
              <td>{loan.product}</td>
              <td>{STATUS_TEXT[loan.status][lang === 'sv' ? 0 : 1]}</td>
              <td className="num">{formatSek(amountOf(loan), lang)}</td>
            </tr>
          ))}
          {loans.length === 0 && (
            <tr>
              <td colSpan={5}>–</td>
            </tr>
          )}
        </tbody>
      </table>
    </Scroll>
  );
}

function Pipeline() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('applied');
  const pipeline = useLoad(() => list<LoanSummary>('/loans', { status, limit: 100 }), [status]);
  const decision = useLoad(() => list<LoanSummary>('/loans/worklists/awaiting-my-decision', { limit: 100 }), []);
  const approval = useLoad(() => list<LoanSummary>('/loans/worklists/awaiting-my-approval', { limit: 100 }), []);
  return (
    <>
      <h1>{t('loans')}</h1>
      <p>
        <Link to="/app/loans/new" className="button">
          {t('registerLoan')}
        </Link>
      </p>
      <div className="grid">
        <Section title={t('awaitingDecision')} id="awaiting-decision">
          <ErrorNote error={decision.error} />
          <LoanTable loans={decision.data?.items ?? []} caption={t('awaitingDecision')} testId="awaiting-my-decision" />
        </Section>
        <Section title={t('awaitingApproval')} id="awaiting-approval">
          <ErrorNote error={approval.error} />
          <LoanTable loans={approval.data?.items ?? []} caption={t('awaitingApproval')} testId="awaiting-my-approval" />
        </Section>
      </div>
      <Section title={t('pipeline')}>
        <div className="tabs" role="group" aria-label={t('status')}>
          {STATUSES.map((s) => (
            <button key={s} type="button" className={s === status ? 'tab active' : 'tab'} aria-pressed={s === status} onClick={() => setStatus(s)}>
              {STATUS_TEXT[s][lang === 'sv' ? 0 : 1]}
            </button>
          ))}
        </div>
        <ErrorNote error={pipeline.error} />
        <LoanTable loans={pipeline.data?.items ?? []} caption={`${t('pipeline')}: ${STATUS_TEXT[status][lang === 'sv' ? 0 : 1]}`} testId="pipeline" />
      </Section>
    </>
  );
}

function RegisterLoan() {
  const { t } = useI18n();
  const { go } = useRoute();
  const form = useCommandForm(
    (key, el) => {
      const v = valuesOf(el);
      return command(
        'post',
        '/loans',
        {},
        { customerId: v.customerId!, product: v.product!, amountOre: toOre(v.amount), purpose: v.purpose!, appliedOn: optional(v.appliedOn) },
        key,
      );
    },
    (result) => result && go(`/app/loans/${result.ids.loanId}`),
  );
  return (
    <>
      <h1>{t('registerLoan')}</h1>
      <form className="card form" onSubmit={form.onSubmit} id="register-loan">
        <Field form={form} name="customerId" label={`${t('customer')} (${t('orgNumber')})`} required />
        <Field form={form} name="product" label={t('product')} options={PRODUCTS} />
        <Field form={form} name="amount" apiField="amountOre" label={t('amount')} required inputProps={{ inputMode: 'decimal' }} />
        <Field form={form} name="purpose" label={t('purpose')} required />
        <Field form={form} name="appliedOn" label={t('appliedOn')} type="date" defaultValue={today()} />
        <Submit form={form} label={t('registerLoan')} fields={['customerId', 'product', 'amountOre', 'purpose', 'appliedOn']} />
      </form>
    </>
  );
}

function LoanPage({ loanId, me }: { loanId: string; me: Me }) {
  const { t, lang } = useI18n();
  const loan = useLoad(() => one<LoanDetail>(`/loans/${encodeURIComponent(loanId)}`), [loanId]);
  const reload = loan.reload;
  const params = { loanId };
  const decide = useCommandForm((key, el) => {
    const v = valuesOf(el);
    const granted = v.outcome === 'granted';
    return command(
      'post',
      '/loans/{loanId}/decision',
      params,
      granted
        ? {
            outcome: 'granted',
            amountOre: toOre(v.amount),
            interestRateBasisPoints: Math.round(Number((v.rate ?? '').replace(',', '.')) * 100),
            termMonths: Number(v.termMonths),
            decidedOn: optional(v.decidedOn),
          }
        : { outcome: 'rejected', reason: v.reason, decidedOn: optional(v.decidedOn) },
      key,
    );
  }, reload);
  const approve = useCommandForm((key, el) => command('post', '/loans/{loanId}/approval', params, { approvedOn: optional(valuesOf(el).approvedOn) }, key), reload);
  const disburse = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command('post', '/loans/{loanId}/disbursements', params, { amountOre: toOre(v.amount), disbursedOn: optional(v.disbursedOn) }, key);
  }, reload);
  const repay = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command(
      'post',
      '/loans/{loanId}/repayments',
      params,
      { principalOre: toOre(v.principal), interestOre: v.interest ? toOre(v.interest) : undefined, feesOre: v.fees ? toOre(v.fees) : undefined, paidOn: optional(v.paidOn) },
      key,
    );
  }, reload);
  const writeOff = useCommandForm((key, el) => {
    const v = valuesOf(el);
    return command('post', '/loans/{loanId}/write-offs', params, { amountOre: toOre(v.amount), reason: v.reason!, writtenOffOn: optional(v.writtenOffOn) }, key);
  }, reload);
  const close = useCommandForm((key, el) => command('post', '/loans/{loanId}/close', params, { closedOn: optional(valuesOf(el).closedOn) }, key), reload);

  if (loan.error) return <ErrorNote error={loan.error} />;
  const l = loan.data;
  if (!l) return <p>{t('loading')}</p>;
  const status = l.status;
  const decidedByMe = l.decidedBy === me.userId;
  const money = (label: string, value: number | null | undefined, key: string) => (
    <>
      <dt>{label}</dt>
      <dd data-money={key}>{formatSek(value, lang)}</dd>
    </>
  );
  return (
    <>
      <h1>
        {t('loan')} {l.loanId.slice(0, 8)} · {l.customerName ?? l.customerId}
      </h1>
      <p>
        {t('status')}:{' '}
        <strong data-testid="loan-status" data-status={status}>
          {STATUS_TEXT[l.status][lang === 'sv' ? 0 : 1]}
        </strong>
      </p>
      <div className="grid">
        <Section title={t('amount')}>
          <dl className="facts">
            <dt>{t('product')}</dt>
            <dd>{l.product}</dd>
            <dt>{t('purpose')}</dt>
            <dd>{l.purpose}</dd>
            {money(t('amount'), l.appliedAmountOre, 'applied')}
            {money(t('granted'), l.amounts.grantedOre, 'granted')}
            {money(t('disbursed'), l.amounts.disbursedOre, 'disbursed')}
            {money(t('remaining'), l.amounts.remainingToDisburseOre, 'remaining')}
            {money(t('repaid'), l.amounts.repaidPrincipalOre, 'repaid')}
            {money(t('interest'), l.amounts.interestOre, 'interest')}
            {money(t('fees'), l.amounts.feesOre, 'fees')}
            {money(t('writtenOff'), l.amounts.writtenOffOre, 'written-off')}
            {money(t('outstanding'), l.amounts.outstandingOre, 'outstanding')}
          </dl>
        </Section>
        <Section title={t('lifeCycle')}>
          <ol className="timeline" data-testid="life-cycle">
            {l.lifeCycle.map((step, i) => (
              <li key={i}>
                <time dateTime={step.on}>{step.on}</time> <strong>{STATUS_TEXT[step.step][lang === 'sv' ? 0 : 1]}</strong> {step.by}
              </li>
            ))}
          </ol>
        </Section>
      </div>
      <Section title={t('movements')}>
        <table data-testid="movements">
          <caption>{t('movements')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col" className="num">
                {t('amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {l.movements.map((m, i) => (
              <tr key={i}>
                <td>{m.on}</td>
                <td>
                  {m.kind}
                  {m.reason ? ` · ${m.reason}` : ''} <span className="muted">{m.recordedBy}</span>
                </td>
                <td className="num">{formatSek(m.amountOre, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <div className="grid">
        {status === 'applied' && (
          <Section title={t('decide')}>
            <form className="form" onSubmit={decide.onSubmit} id="decide">
              <Field
                form={decide}
                name="outcome"
                label={t('outcome')}
                options={[
                  ['granted', t('granted')],
                  ['rejected', t('rejected')],
                ]}
              />
              <Field
                form={decide}
                name="amount"
                apiField="amountOre"
                label={t('amount')}
                defaultValue={amountOf(l) !== undefined ? String(amountOf(l)! / 100) : ''}
                inputProps={{ inputMode: 'decimal' }}
              />
              <Field form={decide} name="rate" apiField="interestRateBasisPoints" label={t('interestRate')} defaultValue="6.5" inputProps={{ inputMode: 'decimal' }} />
              <Field form={decide} name="termMonths" label={t('termMonths')} type="number" defaultValue={60} />
              <Field form={decide} name="reason" label={t('reason')} />
              <Field form={decide} name="decidedOn" label={t('date')} type="date" defaultValue={today()} />
              <Submit form={decide} label={t('decide')} fields={['outcome', 'amountOre', 'interestRateBasisPoints', 'termMonths', 'reason', 'decidedOn']} />
            </form>
          </Section>
        )}
        {status === 'granted' && (
          <Section title={t('approve')}>
            {decidedByMe ? (
              <p className="note" data-testid="own-decision">
                {t('ownDecision')}
              </p>
            ) : (
              <form className="form" onSubmit={approve.onSubmit} id="approve">
                <Field form={approve} name="approvedOn" label={t('date')} type="date" defaultValue={today()} />
                <Submit form={approve} label={t('approve')} fields={['approvedOn']} />
              </form>
            )}
          </Section>
        )}
        {(status === 'approved' || status === 'active') && (
          <>
            <Section title={t('disburse')}>
              <form className="form" onSubmit={disburse.onSubmit} id="disburse">
                <Field form={disburse} name="amount" apiField="amountOre" label={t('amount')} required inputProps={{ inputMode: 'decimal' }} />
                <Field form={disburse} name="disbursedOn" label={t('date')} type="date" defaultValue={today()} />
                <Submit form={disburse} label={t('disburse')} fields={['amountOre', 'disbursedOn']} />
              </form>
            </Section>
            <Section title={t('repay')}>
              <form className="form" onSubmit={repay.onSubmit} id="repay">
                <Field form={repay} name="principal" apiField="principalOre" label={t('principal')} required inputProps={{ inputMode: 'decimal' }} />
                <Field form={repay} name="interest" apiField="interestOre" label={t('interest')} inputProps={{ inputMode: 'decimal' }} />
                <Field form={repay} name="fees" apiField="feesOre" label={t('fees')} inputProps={{ inputMode: 'decimal' }} />
                <Field form={repay} name="paidOn" label={t('date')} type="date" defaultValue={today()} />
                <Submit form={repay} label={t('repay')} fields={['principalOre', 'interestOre', 'feesOre', 'paidOn']} />
              </form>
            </Section>
            <Section title={t('writeOff')}>
              <form className="form" onSubmit={writeOff.onSubmit} id="write-off">
                <Field form={writeOff} name="amount" apiField="amountOre" label={t('amount')} required inputProps={{ inputMode: 'decimal' }} />
                <Field form={writeOff} name="reason" label={t('reason')} required />
                <Field form={writeOff} name="writtenOffOn" label={t('date')} type="date" defaultValue={today()} />
                <Submit form={writeOff} label={t('writeOff')} fields={['amountOre', 'reason', 'writtenOffOn']} />
              </form>
            </Section>
            <Section title={t('close')}>
              <form className="form" onSubmit={close.onSubmit} id="close">
                <Field form={close} name="closedOn" label={t('date')} type="date" defaultValue={today()} />
                <Submit form={close} label={t('close')} fields={['closedOn']} />
              </form>
            </Section>
          </>
        )}
      </div>
    </>
  );
}
