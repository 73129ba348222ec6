import { customerStream, type CustomerEvent, type OrganisationNumber } from '#libs/customers';
import type { Region } from '#libs/decider';
import { applyDirectly } from '../../../projections/src/testing/apply-directly.js';
import { readModelFixture, type ReadModelFixture } from '../../../composition/src/testing/read-model-fixture.js';
import type { LoanEvent } from '../domain/loans.events.js';
import { loanStream } from '../domain/loans.streams.js';
import { loansProjection } from './loans.projection.js';

const CUSTOMER = '5560360793' as OrganisationNumber;
const OTHER = '5567037485' as OrganisationNumber;

const application = (
  loanId: string,
  customerId: OrganisationNumber,
  product: string,
  productKind: 'loan' | 'guarantee',
  amountOre: number,
  fundingProjectId?: string,
): LoanEvent => ({
  type: 'LoanApplicationRegistered',
  data: { loanId, customerId, product, productKind, amountOre, purpose: 'Maskiner', appliedOn: '2026-02-01', ...(fundingProjectId ? { fundingProjectId } : {}) },
});

const decided = (loanId: string, customerId: OrganisationNumber, product: string, amountOre: number): LoanEvent => ({
  type: 'LoanGrantDecided',
  data: { loanId, customerId, product, amountOre, interestRateBasisPoints: 725, termMonths: 60, decidedOn: '2026-02-10', decidedBy: 'officer-olle' },
});

const approved = (
  loanId: string,
  customerId: OrganisationNumber,
  product: string,
  productKind: 'loan' | 'guarantee',
  grantedAmountOre: number,
  fundingProjectId?: string,
): LoanEvent => ({
  type: 'LoanApproved',
  data: {
    loanId,
    customerId,
    product,
    productKind,
    grantedAmountOre,
    interestRateBasisPoints: 725,
    termMonths: 60,
    approvedOn: '2026-02-12',
    decidedBy: 'officer-olle',
    approvedBy: 'officer-karin',
    ...(fundingProjectId ? { fundingProjectId } : {}),
  },
});

/** A granted loan with money movements and closing, a rejected one, a pending one and a granted guarantee. */
async function appendLoans(fx: ReadModelFixture, beforeTheLast: () => Promise<void> = async () => undefined): Promise<void> {
  await fx.append(loanStream('loan-1'), [
    application('loan-1', CUSTOMER, 'startlan', 'loan', 50_000_000, 'proj-1'),
    decided('loan-1', CUSTOMER, 'startlan', 40_000_000),
    approved('loan-1', CUSTOMER, 'startlan', 'loan', 40_000_000, 'proj-1'),
    {
      type: 'LoanDisbursed',
      data: { loanId: 'loan-1', customerId: CUSTOMER, product: 'startlan', disbursementId: 'd1', amountOre: 30_000_000, disbursedOn: '2026-03-01', fundingProjectId: 'proj-1' },
    },
  ]);
  await fx.append(loanStream('loan-2'), [
    application('loan-2', OTHER, 'mikrolan', 'loan', 10_000_000),
    {
      type: 'LoanRejected',
      data: { loanId: 'loan-2', customerId: OTHER, product: 'mikrolan', reason: 'Svag kassaflödesprognos', decidedOn: '2026-02-20', decidedBy: 'officer-olle' },
    },
  ]);
  await fx.append(loanStream('loan-3'), [application('loan-3', OTHER, 'startlan', 'loan', 5_000_000)]);
  await fx.append(loanStream('loan-4'), [
    application('loan-4', OTHER, 'borgen', 'guarantee', 20_000_000),
    decided('loan-4', OTHER, 'borgen', 20_000_000),
    approved('loan-4', OTHER, 'borgen', 'guarantee', 20_000_000),
  ]);
  await beforeTheLast();
  await fx.append(loanStream('loan-1'), [
    {
      type: 'LoanDisbursed',
      data: { loanId: 'loan-1', customerId: CUSTOMER, product: 'startlan', disbursementId: 'd2', amountOre: 10_000_000, disbursedOn: '2026-04-01', fundingProjectId: 'proj-1' },
    },
    {
      type: 'LoanRepaymentRecorded',
      data: {
        loanId: 'loan-1',
        customerId: CUSTOMER,
        product: 'startlan',
        repaymentId: 'r1',
        principalOre: 5_000_000,
        interestOre: 240_000,
        feesOre: 15_000,
        paidOn: '2026-06-30',
        fundingProjectId: 'proj-1',
      },
    },
    {
      type: 'LoanWrittenOff',
      data: { loanId: 'loan-1', customerId: CUSTOMER, product: 'startlan', amountOre: 35_000_000, writtenOffOn: '2026-09-30', reason: 'Konkurs', fundingProjectId: 'proj-1' },
    },
    { type: 'LoanClosed', data: { loanId: 'loan-1', customerId: CUSTOMER, closedOn: '2026-10-15' } },
  ]);
}

describe('loans projection', () => {
  let fx: ReadModelFixture;
  const projection = loansProjection();
  beforeEach(async () => {
    fx = await readModelFixture('loans_rm');
  });
  afterEach(async () => {
    await fx.dispose();
  });

  it('follows each loan through its life cycle', async () => {
    await appendLoans(fx);
    await fx.catchUp(projection);

    expect(await fx.rows('rm_loans', 'loan_id')).toEqual([
      {
        loan_id: 'loan-1',
        customer_id: CUSTOMER,
        product: 'startlan',
        product_kind: 'loan',
        applied_amount_ore: 50_000_000,
        applied_on: '2026-02-01',
        status: 'closed',
        decided_on: '2026-02-10',
        decided_by: 'officer-olle',
        granted_amount_ore: 40_000_000,
        interest_rate_basis_points: 725,
        term_months: 60,
        approved_on: '2026-02-12',
        approved_by: 'officer-karin',
        closed_on: '2026-10-15',
        funding_project_id: 'proj-1',
      },
      expect.objectContaining({ loan_id: 'loan-2', status: 'rejected', decided_on: '2026-02-20', decided_by: 'officer-olle', granted_amount_ore: null, approved_on: null }),
      expect.objectContaining({ loan_id: 'loan-3', status: 'applied', decided_on: null, applied_amount_ore: 5_000_000, funding_project_id: null }),
      expect.objectContaining({ loan_id: 'loan-4', status: 'approved', product_kind: 'guarantee', granted_amount_ore: 20_000_000, approved_on: '2026-02-12', closed_on: null }),
    ]);
  });

  it('books each money movement once, keyed by its event, on its business date', async () => {
    await appendLoans(fx);
    await fx.catchUp(projection);
    const events = await fx.allEvents();
    const idOf = (type: string, nth = 0): string => events.filter((e) => e.type === type)[nth].id;

    const transactions = await fx.rows('rm_loan_transactions', 'booked_on');
    expect(transactions).toEqual([
      {
        event_id: idOf('LoanDisbursed', 0),
        loan_id: 'loan-1',
        customer_id: CUSTOMER,
        product: 'startlan',
        kind: 'disbursement',
        booked_on: '2026-03-01',
        principal_ore: 30_000_000,
        interest_ore: 0,
        fees_ore: 0,
        funding_project_id: 'proj-1',
      },
      {
        event_id: idOf('LoanDisbursed', 1),
        loan_id: 'loan-1',
        customer_id: CUSTOMER,
        product: 'startlan',
        kind: 'disbursement',
        booked_on: '2026-04-01',
        principal_ore: 10_000_000,
        interest_ore: 0,
        fees_ore: 0,
        funding_project_id: 'proj-1',
      },
      {
        event_id: idOf('LoanRepaymentRecorded'),
        loan_id: 'loan-1',
        customer_id: CUSTOMER,
        product: 'startlan',
        kind: 'repayment',
        booked_on: '2026-06-30',
        principal_ore: 5_000_000,
        interest_ore: 240_000,
        fees_ore: 15_000,
        funding_project_id: 'proj-1',
      },
      {
        event_id: idOf('LoanWrittenOff'),
        loan_id: 'loan-1',
        customer_id: CUSTOMER,
        product: 'startlan',
        kind: 'write_off',
        booked_on: '2026-09-30',
        principal_ore: 35_000_000,
        interest_ore: 0,
        fees_ore: 0,
        funding_project_id: 'proj-1',
      },
    ]);
  });

  it('applying the same events again changes nothing, an old event never moves a loan back, and a rebuild gives the live rows', async () => {
    await appendLoans(fx, () => fx.catchUp(projection));
    await fx.catchUp(projection);
    const live = await fx.snapshot(projection);

    await fx.applyAllAgain(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    const decision = (await fx.allEvents()).find((e) => e.type === 'LoanGrantDecided')!;
    await applyDirectly(fx.dataSource, projection, [decision]);
    expect(await fx.snapshot(projection)).toEqual(live);

    await fx.rebuild(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    expect(live.rm_loan_transactions).toHaveLength(4);
  });
});

const registered = (customerId: OrganisationNumber, region: Region): CustomerEvent => ({
  type: 'CustomerRegistered',
  data: { customerId, name: 'AB', region, municipality: 'Västerås', foundedOn: '2015-01-01', phase: 'growth', registeredOn: '2026-01-10' },
});

const moved = (customerId: OrganisationNumber, region: Region, updatedOn: string): CustomerEvent => ({
  type: 'CustomerProfileUpdated',
  data: { customerId, updatedOn, region },
});

const disbursed = (loanId: string, customerId: OrganisationNumber, product: string, amountOre: number, disbursedOn: string): LoanEvent => ({
  type: 'LoanDisbursed',
  data: { loanId, customerId, product, disbursementId: `${loanId}-${disbursedOn}`, amountOre, disbursedOn },
});

/** A rollup row with the amounts not named at 0. */
const month = (
  row: { month: string; region: string; product: string; transactions: number } & Partial<
    Record<'disbursed_ore' | 'repaid_principal_ore' | 'interest_ore' | 'fees_ore' | 'written_off_ore', number>
  >,
) => ({
  disbursed_ore: 0,
  repaid_principal_ore: 0,
  interest_ore: 0,
  fees_ore: 0,
  written_off_ore: 0,
  ...row,
});

/** loan-1's money (CUSTOMER, startlan) by month, under the given region. */
const loanOneMonths = (region: string) => [
  month({ month: '2026-03-01', region, product: 'startlan', transactions: 1, disbursed_ore: 30_000_000 }),
  month({ month: '2026-04-01', region, product: 'startlan', transactions: 1, disbursed_ore: 10_000_000 }),
  month({ month: '2026-06-01', region, product: 'startlan', transactions: 1, repaid_principal_ore: 5_000_000, interest_ore: 240_000, fees_ore: 15_000 }),
  month({ month: '2026-09-01', region, product: 'startlan', transactions: 1, written_off_ore: 35_000_000 }),
];

describe("loans projection: the monthly money rollup by the customer's latest region", () => {
  let fx: ReadModelFixture;
  const projection = loansProjection();
  const rollup = () => fx.rows('rm_loan_money_monthly', 'month, region, product');
  beforeEach(async () => {
    fx = await readModelFixture('loans_rollup_rm');
  });
  afterEach(async () => {
    await fx.dispose();
  });

  it('sums the money per month of its business date, product and region, and a customer who moves takes all of it along', async () => {
    await fx.append(customerStream(CUSTOMER), [registered(CUSTOMER, 'vastmanland')]);
    await fx.append(customerStream(OTHER), [registered(OTHER, 'orebro')]);
    await appendLoans(fx);
    await fx.append(loanStream('loan-5'), [disbursed('loan-5', OTHER, 'mikrolan', 8_000_000, '2026-03-15'), disbursed('loan-5', OTHER, 'mikrolan', 2_000_000, '2026-03-20')]);
    await fx.catchUp(projection);

    const otherMarch = month({ month: '2026-03-01', region: 'orebro', product: 'mikrolan', transactions: 2, disbursed_ore: 10_000_000 });
    const [march, ...later] = loanOneMonths('vastmanland');
    expect(await rollup()).toEqual([otherMarch, march, ...later]);

    // A profile update without a region moves nothing; a new region moves the customer's every month.
    await fx.append(customerStream(CUSTOMER), [{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER, updatedOn: '2026-10-01', name: 'AB Nytt namn' } }]);
    await fx.catchUp(projection);
    expect(await rollup()).toEqual([otherMarch, march, ...later]);

    await fx.append(customerStream(CUSTOMER), [moved(CUSTOMER, 'orebro', '2026-11-01')]);
    await fx.catchUp(projection);
    const [marchMoved, ...laterMoved] = loanOneMonths('orebro');
    expect(await rollup()).toEqual([otherMarch, marchMoved, ...laterMoved]);
    expect(await fx.rows('rm_loan_customer_regions', 'customer_id')).toEqual([
      expect.objectContaining({ customer_id: CUSTOMER, region: 'orebro' }),
      expect.objectContaining({ customer_id: OTHER, region: 'orebro' }),
    ]);
  });

  it('books money that follows a move in the same batch under the new region, and a customer not registered (yet) under none', async () => {
    await fx.append(customerStream(CUSTOMER), [registered(CUSTOMER, 'orebro')]);
    await fx.append(loanStream('loan-6'), [disbursed('loan-6', CUSTOMER, 'startlan', 1_000_000, '2026-05-05')]);
    await fx.append(customerStream(CUSTOMER), [moved(CUSTOMER, 'vastmanland', '2026-05-10')]);
    await fx.append(loanStream('loan-6'), [disbursed('loan-6', CUSTOMER, 'startlan', 3_000_000, '2026-05-12')]);
    await fx.append(loanStream('loan-7'), [disbursed('loan-7', OTHER, 'mikrolan', 500_000, '2026-05-01')]);
    await fx.catchUp(projection);

    expect(await rollup()).toEqual([
      month({ month: '2026-05-01', region: '', product: 'mikrolan', transactions: 1, disbursed_ore: 500_000 }),
      month({ month: '2026-05-01', region: 'vastmanland', product: 'startlan', transactions: 2, disbursed_ore: 4_000_000 }),
    ]);

    // OTHER registers after its money was booked: the money moves to its region.
    await fx.append(customerStream(OTHER), [registered(OTHER, 'vastmanland')]);
    await fx.catchUp(projection);
    expect(await rollup()).toEqual([
      month({ month: '2026-05-01', region: 'vastmanland', product: 'mikrolan', transactions: 1, disbursed_ore: 500_000 }),
      month({ month: '2026-05-01', region: 'vastmanland', product: 'startlan', transactions: 2, disbursed_ore: 4_000_000 }),
    ]);
  });

  it('applying the same events again changes nothing, an earlier region never moves the money back, and a rebuild gives the live rows', async () => {
    await fx.append(customerStream(CUSTOMER), [registered(CUSTOMER, 'vastmanland')]);
    await fx.append(customerStream(OTHER), [registered(OTHER, 'orebro')]);
    await appendLoans(fx, () => fx.catchUp(projection));
    await fx.catchUp(projection);
    await fx.append(customerStream(CUSTOMER), [moved(CUSTOMER, 'orebro', '2026-11-01')]);
    await fx.append(loanStream('loan-5'), [disbursed('loan-5', OTHER, 'mikrolan', 8_000_000, '2026-03-15')]);
    await fx.catchUp(projection);
    await fx.append(customerStream(CUSTOMER), [moved(CUSTOMER, 'vastmanland', '2026-12-01')]);
    await fx.catchUp(projection);
    const live = await fx.snapshot(projection);
    expect(live.rm_loan_money_monthly).toEqual([
      month({ month: '2026-03-01', region: 'orebro', product: 'mikrolan', transactions: 1, disbursed_ore: 8_000_000 }),
      ...loanOneMonths('vastmanland'),
    ]);

    await fx.applyAllAgain(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    const events = await fx.allEvents();
    const toOrebro = events.find((e) => e.type === 'CustomerProfileUpdated')!;
    const registration = events.find((e) => e.type === 'CustomerRegistered' && (e.data as { customerId: string }).customerId === CUSTOMER)!;
    await applyDirectly(fx.dataSource, projection, [toOrebro]);
    await applyDirectly(fx.dataSource, projection, [registration]);
    expect(await fx.snapshot(projection)).toEqual(live);

    await fx.rebuild(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
  });
});
