import { startTestApp, type TestApp } from '../support/app.js';

const SEK = 100;

/**
 * The loan read routes over HTTP: the book by status as a credit office works it, the two
 * worklists (the four-eyes one never shows an officer's own decisions), a loan's life cycle and
 * money, who may read them, and pages that neither skip nor repeat while loans are registered.
 */
describe('loans read side over HTTP', () => {
  let t: TestApp;
  let olle: string;
  let petra: string;
  let nils: string;
  let anna: string;
  let carl: string;
  let ada: string;
  const loans: Record<string, string> = {};
  let last = '';

  const get = (path: string, token: string) => t.request('GET', path, { token });
  const post = async (path: string, token: string, body: unknown) => {
    const response = await t.request('POST', path, { token, body });
    expect(response.status).toBe(200);
    last = response.body.position;
    return response.body as { ids: Record<string, string>; position: string };
  };
  const apply = async (name: string, appliedOn: string, by = olle) => {
    loans[name] = (await post('/loans', by, { customerId: '556036-0793', product: 'foretagslan', amountOre: 300_000 * SEK, purpose: `Lån ${name}`, appliedOn })).ids.loanId;
    return loans[name];
  };
  const decide = (name: string, by: string) =>
    post(`/loans/${loans[name]}/decision`, by, { outcome: 'granted', amountOre: 250_000 * SEK, interestRateBasisPoints: 650, termMonths: 60, decidedOn: '2026-03-05' });
  const approve = (name: string, by: string) => post(`/loans/${loans[name]}/approval`, by, { approvedOn: '2026-03-06' });
  const disburse = (name: string, amountOre: number, disbursedOn: string) => post(`/loans/${loans[name]}/disbursements`, olle, { amountOre, disbursedOn });

  beforeAll(async () => {
    t = await startTestApp('read_loans');
    [olle, petra, nils, anna, carl, ada] = await Promise.all([
      t.token('olle', 'credit_officer'),
      t.token('petra', 'credit_officer'),
      t.token('nils', 'credit_officer'),
      t.token('anna', 'advisor'),
      t.token('carl', 'controller'),
      t.token('ada', 'admin'),
    ]);
    for (const userId of ['olle', 'petra', 'nils']) {
      await post('/employees', ada, { userId, name: userId, region: 'vastmanland', roles: ['credit_officer'] });
      await post(`/employees/${userId}/credit-certifications`, ada, { validFrom: '2020-01-01' });
    }
    await post('/customers', ada, {
      customerId: '556036-0793',
      name: 'Älvdalens Verkstads AB',
      region: 'vastmanland',
      municipality: 'Västerås',
      foundedOn: '2019-04-01',
      phase: 'growth',
      registeredOn: '2026-03-01',
    });
    await apply('applied', '2026-03-01');
    await apply('grantedByOlle', '2026-03-02');
    await decide('grantedByOlle', olle);
    await apply('grantedByPetra', '2026-03-03', petra);
    await decide('grantedByPetra', petra);
    await apply('disbursing', '2026-03-04');
    await decide('disbursing', olle);
    await approve('disbursing', petra);
    await disburse('disbursing', 100_000 * SEK, '2026-03-10');
    await apply('active', '2026-03-04');
    await decide('active', olle);
    await approve('active', nils);
    await disburse('active', 100_000 * SEK, '2026-03-10');
    await disburse('active', 150_000 * SEK, '2026-04-10');
    await post(`/loans/${loans.active}/repayments`, petra, { principalOre: 50_000 * SEK, interestOre: 1_250 * SEK, feesOre: 100 * SEK, paidOn: '2026-06-30' });
    await apply('writtenOff', '2026-03-04');
    await decide('writtenOff', petra);
    await approve('writtenOff', olle);
    await disburse('writtenOff', 250_000 * SEK, '2026-03-10');
    await post(`/loans/${loans.writtenOff}/write-offs`, olle, { amountOre: 250_000 * SEK, reason: 'Konkurs', writtenOffOn: '2026-09-30' });
    await apply('rejected', '2026-03-05');
    await post(`/loans/${loans.rejected}/decision`, olle, { outcome: 'rejected', reason: 'Svag kassaflödesprognos', decidedOn: '2026-03-06' });
    await apply('closed', '2026-03-05');
    await decide('closed', olle);
    await approve('closed', petra);
    await disburse('closed', 250_000 * SEK, '2026-03-10');
    await post(`/loans/${loans.closed}/repayments`, olle, { principalOre: 250_000 * SEK, interestOre: 0, paidOn: '2026-05-01' });
    await post(`/loans/${loans.closed}/close`, olle, { closedOn: '2026-05-02' });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const ids = (body: { items: { loanId: string }[] }) => body.items.map((item) => item.loanId);
  const named = (...names: string[]) => names.map((name) => loans[name]);

  it('lists the book by the status a credit office works by', async () => {
    const byStatus = async (status: string) => {
      const response = await get(`/loans?status=${status}&position=${last}`, olle);
      expect(response.status).toBe(200);
      return new Set(ids(response.body));
    };
    expect(await byStatus('applied')).toEqual(new Set(named('applied')));
    expect(await byStatus('granted')).toEqual(new Set(named('grantedByOlle', 'grantedByPetra')));
    expect(await byStatus('approved')).toEqual(new Set(named('disbursing')));
    expect(await byStatus('active')).toEqual(new Set(named('active')));
    expect(await byStatus('written_off')).toEqual(new Set(named('writtenOff')));
    expect(await byStatus('rejected')).toEqual(new Set(named('rejected')));
    expect(await byStatus('closed')).toEqual(new Set(named('closed')));
    expect((await get('/loans?status=lost', olle)).body.errors[0].field).toBe('status');
  });

  it('filters by customer (with or without hyphen), product and officer, newest application first', async () => {
    const all = (await get('/loans?customerId=556036-0793', carl)).body;
    expect(all.items).toHaveLength(8);
    expect(all.items.map((item: { appliedOn: string }) => item.appliedOn)).toEqual([...all.items.map((item: { appliedOn: string }) => item.appliedOn)].sort().reverse());
    expect(ids((await get('/loans?customerId=5560360793&product=foretagslan', carl)).body)).toHaveLength(8);
    expect((await get('/loans?product=mikrolan', carl)).body.items).toEqual([]);
    expect(new Set(ids((await get('/loans?officerId=nils', carl)).body))).toEqual(new Set(named('active')));
    expect(all.items.find((item: { loanId: string }) => item.loanId === loans.grantedByPetra)).toEqual({
      loanId: loans.grantedByPetra,
      customerId: '5560360793',
      customerName: 'Älvdalens Verkstads AB',
      product: 'foretagslan',
      productKind: 'loan',
      status: 'granted',
      appliedAmountOre: 300_000 * SEK,
      appliedOn: '2026-03-03',
      appliedBy: 'petra',
      grantedAmountOre: 250_000 * SEK,
      decidedOn: '2026-03-05',
      decidedBy: 'petra',
      approvedOn: null,
      approvedBy: null,
      disbursedOre: 0,
      outstandingOre: 0,
    });
  });

  it('shows each officer the granted loans awaiting approval that someone else decided (four eyes)', async () => {
    const worklist = async (token: string) => ids((await get(`/loans/worklists/awaiting-my-approval?position=${last}`, token)).body);
    expect(await worklist(olle)).toEqual(named('grantedByPetra'));
    expect(await worklist(petra)).toEqual(named('grantedByOlle'));
    expect(await worklist(nils)).toEqual(named('grantedByOlle', 'grantedByPetra'));
    expect(ids((await get('/loans/worklists/awaiting-my-decision', nils)).body)).toEqual(named('applied'));

    // Approved by petra: it leaves every worklist.
    const approved = await approve('grantedByOlle', petra);
    expect((await get(`/loans/worklists/awaiting-my-approval?position=${approved.position}`, nils)).body.items.map((i: { loanId: string }) => i.loanId)).toEqual(
      named('grantedByPetra'),
    );
    expect((await get(`/loans/${loans.grantedByOlle}`, nils)).body.status).toBe('approved');
  });

  it('gives a loan’s life cycle with who and when, its amounts, outstanding today and at a date, and every money movement', async () => {
    const response = await get(`/loans/${loans.active}?on=2026-03-31&position=${last}`, carl);
    expect(response.status).toBe(200);
    const loan = response.body;
    expect(loan).toMatchObject({ status: 'active', purpose: 'Lån active', interestRateBasisPoints: 650, termMonths: 60, decidedBy: 'olle', approvedBy: 'nils' });
    expect(loan.lifeCycle.map((s: { step: string; on: string; by: string }) => [s.step, s.on, s.by])).toEqual([
      ['applied', '2026-03-04', 'olle'],
      ['granted', '2026-03-05', 'olle'],
      ['approved', '2026-03-06', 'nils'],
    ]);
    expect(loan.lifeCycle.every((s: { recordedAt: string }) => !Number.isNaN(Date.parse(s.recordedAt)))).toBe(true);
    expect(loan.amounts).toEqual({
      grantedOre: 250_000 * SEK,
      disbursedOre: 250_000 * SEK,
      remainingToDisburseOre: 0,
      repaidPrincipalOre: 50_000 * SEK,
      interestOre: 1_250 * SEK,
      feesOre: 100 * SEK,
      writtenOffOre: 0,
      outstandingOre: 200_000 * SEK,
    });
    expect(loan.outstandingOn).toEqual({ on: '2026-03-31', outstandingOre: 100_000 * SEK });
    expect(
      loan.movements.map((m: { kind: string; on: string; amountOre: number; principalOre: number; recordedBy: string }) => [
        m.kind,
        m.on,
        m.amountOre,
        m.principalOre,
        m.recordedBy,
      ]),
    ).toEqual([
      ['disbursement', '2026-03-10', 100_000 * SEK, 100_000 * SEK, 'olle'],
      ['disbursement', '2026-04-10', 150_000 * SEK, 150_000 * SEK, 'olle'],
      ['repayment', '2026-06-30', 51_350 * SEK, 50_000 * SEK, 'petra'],
    ]);

    const disbursing = (await get(`/loans/${loans.disbursing}`, olle)).body;
    expect(disbursing.amounts).toMatchObject({ disbursedOre: 100_000 * SEK, remainingToDisburseOre: 150_000 * SEK, outstandingOre: 100_000 * SEK });
    const writtenOff = (await get(`/loans/${loans.writtenOff}?on=2026-09-29`, olle)).body;
    expect(writtenOff.amounts).toMatchObject({ writtenOffOre: 250_000 * SEK, outstandingOre: 0 });
    expect(writtenOff.outstandingOn.outstandingOre).toBe(250_000 * SEK);
    expect(writtenOff.movements[1]).toMatchObject({ kind: 'write_off', reason: 'Konkurs' });
    const rejected = (await get(`/loans/${loans.rejected}`, olle)).body;
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Svag kassaflödesprognos', movements: [] });
    expect((await get(`/loans/${loans.closed}`, olle)).body).toMatchObject({ status: 'closed', closedOn: '2026-05-02' });
    expect((await get('/loans/no-such-loan', olle)).status).toBe(404);
    expect((await get(`/loans/${loans.active}?on=31-03-2026`, olle)).body.errors[0].field).toBe('on');
  });

  it('documents the loan page’s amounts as they are answered (no other class of the same name takes their place)', async () => {
    const document = (await get('/docs/json', olle)).body;
    const detail = document.components.schemas.LoanDetailDto.properties.amounts;
    const reference: string = detail.$ref ?? detail.allOf[0].$ref;
    const documented = Object.keys(document.components.schemas[reference.split('/').pop()!].properties).sort();
    expect(documented).toEqual(Object.keys((await get(`/loans/${loans.active}`, olle)).body.amounts).sort());
  });

  it('lets credit officers, controllers and admins read loans, and refuses advisors', async () => {
    for (const token of [olle, carl, ada]) {
      expect((await get('/loans?limit=1', token)).status).toBe(200);
      expect((await get('/loans/worklists/awaiting-my-approval', token)).status).toBe(200);
    }
    for (const path of ['/loans', '/loans/worklists/awaiting-my-decision', '/loans/worklists/awaiting-my-approval', `/loans/${loans.active}`]) {
      expect((await get(path, anna)).status).toBe(403);
    }
  });

  it('pages through the book exactly once while applications are registered between pages', async () => {
    const original = new Set(Object.values(loans));
    const seen: string[] = [];
    let cursor: string | null = null;
    let day = 1;
    do {
      const response = await get(`/loans?limit=3${cursor ? `&cursor=${cursor}` : ''}`, olle);
      expect(response.status).toBe(200);
      seen.push(...ids(response.body));
      cursor = response.body.nextCursor;
      await apply(`new-early-${day}`, '2026-02-0' + day);
      await apply(`new-late-${day}`, '2026-03-2' + day);
      day += 1;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of original) expect(seen).toContain(id);
  });
});
