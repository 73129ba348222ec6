import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/app.js';

interface AuditEvent {
  type: string;
  recordedBy: string;
  data: Record<string, unknown>;
}

const SEK = 100;

/**
 * The credit process over HTTP: only certified credit officers act, a grant is approved by a second
 * officer, money never moves beyond what was granted or is outstanding, and a refusal records nothing.
 */
describe('loans over HTTP', () => {
  let t: TestApp;
  let folder: string;
  let olle: string;
  let petra: string;
  let nils: string;
  let rut: string;
  let vera: string;
  let advisor: string;
  let controller: string;
  let admin: string;

  const post = (path: string, token: string | undefined, body: unknown, headers?: Record<string, string>) => t.request('POST', path, { token, body, headers });

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'loan-products-'));
    const productsFile = join(folder, 'products.json');
    await writeFile(productsFile, JSON.stringify({ startlan: { name: 'Startlån', kind: 'loan', minAmountOre: 10_000 * SEK, maxAmountOre: 200_000 * SEK } }));
    t = await startTestApp('loans', { catalogues: { loanProductsFile: productsFile } });
    [olle, petra, nils, rut, vera, advisor, controller, admin] = await Promise.all([
      t.token('olle', 'credit_officer'),
      t.token('petra', 'credit_officer'),
      t.token('nils', 'credit_officer'),
      t.token('rut', 'credit_officer'),
      t.token('vera', 'credit_officer'),
      t.token('advisor-anna', 'advisor'),
      t.token('ctrl-carl', 'controller'),
      t.token('admin-ada', 'admin'),
    ]);
    for (const userId of ['olle', 'petra', 'nils', 'rut', 'vera']) {
      expect((await post('/employees', admin, { userId, name: userId, region: 'vastmanland', roles: ['credit_officer'] })).status).toBe(200);
    }
    for (const [userId, validFrom] of [
      ['olle', '2020-01-01'],
      ['petra', '2020-01-01'],
      ['rut', '2026-01-01'],
      ['vera', '2026-01-01'],
    ]) {
      expect((await post(`/employees/${userId}/credit-certifications`, admin, { validFrom })).status).toBe(200);
    }
    expect((await post('/employees/rut/credit-certifications/revoke', admin, { effectiveFrom: '2026-06-01' })).status).toBe(200);
    const customer = await post('/customers', advisor, {
      customerId: '556036-0793',
      name: 'Verkstads AB',
      region: 'vastmanland',
      municipality: 'Västerås',
      foundedOn: '2019-04-01',
      phase: 'growth',
      registeredOn: '2026-03-02',
    });
    expect(customer.status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await rm(folder, { recursive: true, force: true });
  });

  const application = (overrides: Record<string, unknown> = {}) => ({
    customerId: '556036-0793',
    product: 'foretagslan',
    amountOre: 300_000 * SEK,
    purpose: 'Ny CNC-maskin',
    appliedOn: '2026-03-02',
    ...overrides,
  });

  const registered = async (overrides: Record<string, unknown> = {}): Promise<string> => {
    const response = await post('/loans', olle, application(overrides));
    expect(response.status).toBe(200);
    return response.body.ids.loanId;
  };

  const grant = (amountOre: number) => ({ outcome: 'granted', amountOre, interestRateBasisPoints: 650, termMonths: 60, decidedOn: '2026-03-05' });

  /** Registered and decided by Olle, approved by Petra. */
  const approved = async (amountOre: number, overrides: Record<string, unknown> = {}): Promise<string> => {
    const loanId = await registered({ amountOre, ...overrides });
    expect((await post(`/loans/${loanId}/decision`, olle, grant(amountOre))).status).toBe(200);
    expect((await post(`/loans/${loanId}/approval`, petra, { approvedOn: '2026-03-06' })).status).toBe(200);
    return loanId;
  };

  const stream = async (loanId: string): Promise<AuditEvent[]> => {
    const response = await t.request('GET', `/audit/streams/loan-${loanId}`, { token: controller });
    expect(response.status).toBe(200);
    return response.body.events;
  };

  describe('the life cycle', () => {
    it('runs from application through decision, four-eyes approval, disbursements, repayment and write-off to closing', async () => {
      const applied = await post('/loans', olle, application());
      expect(applied.status).toBe(200);
      expect(applied.body).toMatchObject({ revision: 0, events: ['LoanApplicationRegistered'] });
      const loanId: string = applied.body.ids.loanId;
      expect(loanId).toMatch(/^[0-9a-f-]{36}$/);
      const loan = `/loans/${loanId}`;

      const decided = await post(`${loan}/decision`, olle, grant(300_000 * SEK));
      expect(decided.body).toMatchObject({ ids: { loanId }, events: ['LoanGrantDecided'] });

      const ownApproval = await post(`${loan}/approval`, olle, { approvedOn: '2026-03-06' });
      expect(ownApproval.status).toBe(422);
      expect(ownApproval.body.code).toBe('approver-is-decision-maker');
      const approval = await post(`${loan}/approval`, petra, { approvedOn: '2026-03-06' });
      expect(approval.status).toBe(200);
      expect(approval.body.events).toEqual(['LoanApproved']);

      const first = await post(`${loan}/disbursements`, olle, { amountOre: 100_000 * SEK, disbursedOn: '2026-03-10' });
      expect(first.status).toBe(200);
      expect(first.body.ids.disbursementId).toMatch(/^[0-9a-f-]{36}$/);
      const second = await post(`${loan}/disbursements`, petra, { amountOre: 200_000 * SEK, disbursementId: 'utb-2', disbursedOn: '2026-04-10' });
      expect(second.status).toBe(200);
      expect(second.body.ids).toEqual({ loanId, disbursementId: 'utb-2' });
      const beyond = await post(`${loan}/disbursements`, olle, { amountOre: 1, disbursedOn: '2026-04-11' });
      expect(beyond.status).toBe(422);
      expect(beyond.body.code).toBe('disbursement-exceeds-granted-amount');

      const repaid = await post(`${loan}/repayments`, olle, { principalOre: 50_000 * SEK, interestOre: 1_250 * SEK, paidOn: '2026-06-30' });
      expect(repaid.status).toBe(200);
      expect(repaid.body.events).toEqual(['LoanRepaymentRecorded']);

      const tooEarly = await post(`${loan}/close`, olle, { closedOn: '2026-07-01' });
      expect(tooEarly.status).toBe(422);
      expect(tooEarly.body.code).toBe('loan-has-outstanding-principal');
      const tooMuch = await post(`${loan}/write-offs`, olle, { amountOre: 250_000 * SEK + 1, reason: 'Konkurs', writtenOffOn: '2026-09-30' });
      expect(tooMuch.status).toBe(422);
      expect(tooMuch.body.code).toBe('write-off-exceeds-outstanding');
      const writtenOff = await post(`${loan}/write-offs`, olle, { amountOre: 250_000 * SEK, reason: 'Konkurs', writtenOffOn: '2026-09-30' });
      expect(writtenOff.status).toBe(200);

      const closed = await post(`${loan}/close`, petra, { closedOn: '2026-10-01' });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ events: ['LoanClosed'], revision: 7 });
      expect((await post(`${loan}/repayments`, olle, { principalOre: 0, interestOre: 100, paidOn: '2026-10-02' })).body.code).toBe('loan-closed');
      expect((await post(`${loan}/close`, olle, { closedOn: '2026-10-02' })).status).toBe(409);

      const events = await stream(loanId);
      expect(events.map((e) => [e.type, e.recordedBy])).toEqual([
        ['LoanApplicationRegistered', 'olle'],
        ['LoanGrantDecided', 'olle'],
        ['LoanApproved', 'petra'],
        ['LoanDisbursed', 'olle'],
        ['LoanDisbursed', 'petra'],
        ['LoanRepaymentRecorded', 'olle'],
        ['LoanWrittenOff', 'olle'],
        ['LoanClosed', 'petra'],
      ]);
      expect(events[2].data).toMatchObject({ grantedAmountOre: 300_000 * SEK, decidedBy: 'olle', approvedBy: 'petra', approvedOn: '2026-03-06' });
      expect(events[5].data).toMatchObject({ principalOre: 50_000 * SEK, interestOre: 1_250 * SEK, feesOre: 0, paidOn: '2026-06-30' });
    });

    it('ends a rejected application there: it cannot be approved', async () => {
      const loanId = await registered();
      const rejected = await post(`/loans/${loanId}/decision`, olle, { outcome: 'rejected', reason: 'Svag kassaflödesprognos', decidedOn: '2026-03-04' });
      expect(rejected.body.events).toEqual(['LoanRejected']);
      const approval = await post(`/loans/${loanId}/approval`, petra, { approvedOn: '2026-03-05' });
      expect(approval.status).toBe(422);
      expect(approval.body.code).toBe('loan-not-granted');
    });

    it('defaults business dates to today', async () => {
      const response = await post('/loans', olle, { ...application(), appliedOn: undefined });
      expect(response.status).toBe(200);
      const [registeredEvent] = await stream(response.body.ids.loanId);
      expect(registeredEvent.data.appliedOn).toBe(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()));
    });
  });

  describe('who may act', () => {
    it('refuses advisors, controllers and admins with 403: loans are for credit officers', async () => {
      const loanId = await registered();
      for (const token of [advisor, controller, admin]) {
        expect((await post('/loans', token, application())).status).toBe(403);
        expect((await post(`/loans/${loanId}/decision`, token, grant(100_000 * SEK))).status).toBe(403);
      }
      expect((await stream(loanId)).map((e) => e.type)).toEqual(['LoanApplicationRegistered']);
    });

    it('refuses a credit officer without a certification with 403, recording nothing', async () => {
      const refused = await post('/loans', nils, application());
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('credit-certification-missing');
      const loanId = await registered();
      await post(`/loans/${loanId}/decision`, olle, grant(300_000 * SEK));
      const approval = await post(`/loans/${loanId}/approval`, nils, { approvedOn: '2026-03-06' });
      expect(approval.status).toBe(403);
      expect(approval.body.code).toBe('credit-certification-missing');
      expect((await stream(loanId)).map((e) => e.type)).toEqual(['LoanApplicationRegistered', 'LoanGrantDecided']);
    });

    it('checks the certification on the business date of the command', async () => {
      expect((await post('/loans', vera, application({ appliedOn: '2026-01-01' }))).status).toBe(200);
      const before = await post('/loans', vera, application({ appliedOn: '2025-12-31' }));
      expect(before.status).toBe(403);
      expect(before.body.code).toBe('credit-certification-missing');
    });

    it('checks the certification today as well: an officer revoked since cannot back-date into the certified months', async () => {
      const backDated = await post('/loans', rut, application({ appliedOn: '2026-05-31' }));
      expect(backDated.status).toBe(403);
      expect(backDated.body.code).toBe('credit-certification-missing-today');
      expect((await post('/loans', rut, application({ appliedOn: '2026-06-01' }))).status).toBe(403);
    });

    it('answers 401 without a valid token', async () => {
      expect((await post('/loans', undefined, application())).status).toBe(401);
      expect((await post('/loans', 'not-a-jwt', application())).status).toBe(401);
    });
  });

  describe('errors', () => {
    it('answers 400 naming each bad field', async () => {
      const response = await post('/loans', olle, { customerId: 'abc', product: 'foretagslan', amountOre: 1.5, appliedOn: '2026-02-30' });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['customerId', 'amountOre', 'purpose', 'appliedOn']));
      const loanId = await registered();
      const decision = await post(`/loans/${loanId}/decision`, olle, { outcome: 'granted', decidedOn: '2026-03-05' });
      expect(decision.status).toBe(400);
      expect(decision.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['amountOre', 'interestRateBasisPoints', 'termMonths']));
      const outcome = await post(`/loans/${loanId}/decision`, olle, { outcome: 'maybe' });
      expect(outcome.body.errors.map((e: { field: string }) => e.field)).toEqual(['outcome']);
      const negative = await post(`/loans/${loanId}/repayments`, olle, { principalOre: -1 });
      expect(negative.body.errors.map((e: { field: string }) => e.field)).toEqual(['principalOre']);
    });

    it('answers 400 for a product not in the catalogue, naming product', async () => {
      const response = await post('/loans', olle, application({ product: 'bolan' }));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'unknown-product', errors: [{ field: 'product' }] });
    });

    it('answers 404 for an unknown loan and records nothing', async () => {
      const unknown = randomUUID();
      const decision = await post(`/loans/${unknown}/decision`, olle, grant(100_000 * SEK));
      expect(decision.status).toBe(404);
      expect(decision.body.code).toBe('loan-not-found');
      expect((await post(`/loans/${unknown}/disbursements`, olle, { amountOre: 100 })).status).toBe(404);
      expect((await t.request('GET', `/audit/streams/loan-${unknown}`, { token: controller })).status).toBe(404);
    });

    it('answers 404 for a customer never registered', async () => {
      const response = await post('/loans', olle, application({ customerId: '5567037485' }));
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('customer-not-found');
    });

    it('answers 409 for a second decision and for a disbursement id reused with other details', async () => {
      const loanId = await approved(100_000 * SEK);
      const again = await post(`/loans/${loanId}/decision`, petra, { outcome: 'rejected', reason: 'Ångrat', decidedOn: '2026-03-07' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('loan-already-decided');
      await post(`/loans/${loanId}/disbursements`, olle, { amountOre: 10_000 * SEK, disbursementId: 'utb-1', disbursedOn: '2026-03-10' });
      const reused = await post(`/loans/${loanId}/disbursements`, olle, { amountOre: 20_000 * SEK, disbursementId: 'utb-1', disbursedOn: '2026-03-10' });
      expect(reused.status).toBe(409);
      expect(reused.body.code).toBe('disbursement-id-reused');
    });

    it('answers 422 beyond the granted amount and records nothing', async () => {
      const loanId = await approved(100_000 * SEK);
      const before = await stream(loanId);
      const response = await post(`/loans/${loanId}/disbursements`, olle, { amountOre: 100_000 * SEK + 1, disbursedOn: '2026-03-10' });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ status: 422, code: 'disbursement-exceeds-granted-amount' });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await stream(loanId)).toEqual(before);
    });

    it('answers 422 for an amount outside the product limits and for paying out a guarantee', async () => {
      const mikro = await post('/loans', olle, application({ product: 'mikrolan', amountOre: 200_000 * SEK + 1 }));
      expect(mikro.status).toBe(422);
      expect(mikro.body.code).toBe('amount-outside-product-limits');
      const guarantee = await approved(500_000 * SEK, { product: 'garanti' });
      const payout = await post(`/loans/${guarantee}/disbursements`, olle, { amountOre: 100 * SEK, disbursedOn: '2026-03-10' });
      expect(payout.status).toBe(422);
      expect(payout.body.code).toBe('guarantee-not-disbursable');
    });

    it('offers the products of LOAN_PRODUCTS_FILE beside the defaults, with their limits', async () => {
      expect((await post('/loans', olle, application({ product: 'startlan', amountOre: 150_000 * SEK }))).status).toBe(200);
      const above = await post('/loans', olle, application({ product: 'startlan', amountOre: 200_000 * SEK + 1 }));
      expect(above.status).toBe(422);
      expect(above.body.code).toBe('amount-outside-product-limits');
    });
  });

  describe('retries and concurrency', () => {
    it('replays a disbursement retried with the same Idempotency-Key and pays it once', async () => {
      const loanId = await approved(100_000 * SEK);
      const headers = { 'idempotency-key': `disburse-${loanId}-1` };
      const body = { amountOre: 40_000 * SEK, disbursedOn: '2026-03-10' };
      const first = await post(`/loans/${loanId}/disbursements`, olle, body, headers);
      const retry = await post(`/loans/${loanId}/disbursements`, olle, body, headers);
      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect((await stream(loanId)).filter((e) => e.type === 'LoanDisbursed')).toHaveLength(1);
    });

    it('pays a disbursement resent with the same disbursementId once', async () => {
      const loanId = await approved(100_000 * SEK);
      const body = { amountOre: 40_000 * SEK, disbursementId: 'utb-77', disbursedOn: '2026-03-10' };
      const first = await post(`/loans/${loanId}/disbursements`, olle, body);
      const again = await post(`/loans/${loanId}/disbursements`, olle, body);
      expect(first.body.events).toEqual(['LoanDisbursed']);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ events: [], revision: first.body.revision });
      expect((await stream(loanId)).filter((e) => e.type === 'LoanDisbursed')).toHaveLength(1);
    });

    it('of two concurrent disbursements that together exceed the grant, records exactly one and refuses the other with 422', async () => {
      // Several loans at once, so that the pairs surely overlap and the losing append re-reads and re-decides.
      const loanIds = await Promise.all([1, 2, 3, 4].map(() => approved(100_000 * SEK)));
      const body = { amountOre: 60_000 * SEK, disbursedOn: '2026-03-10' };
      const pairs = await Promise.all(
        loanIds.map((loanId) => Promise.all([post(`/loans/${loanId}/disbursements`, olle, body), post(`/loans/${loanId}/disbursements`, petra, body)])),
      );
      for (const [index, responses] of pairs.entries()) {
        expect(responses.map((r) => r.status).sort()).toEqual([200, 422]);
        expect(responses.find((r) => r.status === 422)!.body.code).toBe('disbursement-exceeds-granted-amount');
        const disbursed = (await stream(loanIds[index])).filter((e) => e.type === 'LoanDisbursed');
        expect(disbursed).toHaveLength(1);
        expect(disbursed[0].data.amountOre).toBe(60_000 * SEK);
        expect(disbursed[0].data.disbursementId).toBe(responses.find((r) => r.status === 200)!.body.ids.disbursementId);
      }
    });

    it('of two concurrent decisions on one loan, records exactly one and refuses the other with 409', async () => {
      // Several loans at once, so that the pairs surely overlap: the loser's append conflicts, it
      // is retried after a pause, re-reads the decided loan and is refused.
      const loanIds = await Promise.all([1, 2, 3, 4].map(() => registered({ amountOre: 100_000 * SEK })));
      const pairs = await Promise.all(
        loanIds.map((loanId) =>
          Promise.all([
            post(`/loans/${loanId}/decision`, olle, grant(100_000 * SEK)),
            post(`/loans/${loanId}/decision`, petra, { outcome: 'rejected', reason: 'Svag kassaflödesprognos', decidedOn: '2026-03-05' }),
          ]),
        ),
      );
      for (const [index, responses] of pairs.entries()) {
        expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
        expect(responses.find((r) => r.status === 409)!.body.code).toBe('loan-already-decided');
        const decisions = (await stream(loanIds[index])).filter((e) => e.type === 'LoanGrantDecided' || e.type === 'LoanRejected');
        expect(decisions).toHaveLength(1);
        expect(decisions[0].recordedBy).toBe(responses[0].status === 200 ? 'olle' : 'petra');
      }
    });

    it('records every one of several concurrent disbursements that fit: nothing lost', async () => {
      const loanId = await approved(100_000 * SEK);
      const responses = await Promise.all(
        ['a', 'b', 'c'].map((id) => post(`/loans/${loanId}/disbursements`, olle, { amountOre: 30_000 * SEK, disbursementId: id, disbursedOn: '2026-03-10' })),
      );
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(new Set(responses.map((r) => r.body.revision)).size).toBe(3);
      const disbursed = (await stream(loanId)).filter((e) => e.type === 'LoanDisbursed');
      expect(disbursed.map((e) => e.data.disbursementId).sort()).toEqual(['a', 'b', 'c']);
    });
  });

  it('describes every route and field in OpenAPI, for credit officers only', async () => {
    const json = (await t.request('GET', '/docs/json')).body;
    const operations = [
      json.paths['/loans'].post,
      json.paths['/loans/{loanId}/decision'].post,
      json.paths['/loans/{loanId}/approval'].post,
      json.paths['/loans/{loanId}/disbursements'].post,
      json.paths['/loans/{loanId}/repayments'].post,
      json.paths['/loans/{loanId}/write-offs'].post,
      json.paths['/loans/{loanId}/close'].post,
    ];
    for (const operation of operations) {
      expect(operation.description).toContain('Roles: credit_officer.');
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '422']));
    }
    expect(Object.keys(json.components.schemas.DecideLoanDto.properties)).toEqual(['outcome', 'amountOre', 'interestRateBasisPoints', 'termMonths', 'reason', 'decidedOn']);
    expect(Object.keys(json.components.schemas.RecordRepaymentDto.properties)).toEqual(['principalOre', 'interestOre', 'feesOre', 'repaymentId', 'paidOn']);
  });
});
