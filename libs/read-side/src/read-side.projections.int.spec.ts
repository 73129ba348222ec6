import { customerStream, type CustomerEvent, type OrganisationNumber } from '#libs/customers';
import { timeDayStream, type CustomerTimeEvent } from '#libs/customer-time';
import { loanStream, type LoanEvent } from '#libs/loans';
import { certificationStream, type CertificationEvent } from '#libs/staff';
import { readModelFixture, type ReadModelFixture } from '../../composition/src/testing/read-model-fixture.js';
import { customerDirectoryProjection } from './customers/customer-directory.projection.js';
import { creditCertificationsProjection } from './staff/credit-certifications.projection.js';
import { loanBookProjection } from './loans/loan-book.projection.js';
import { timeEntryHistoryProjection } from './time/time-entry-history.projection.js';
import type { Projection } from '#libs/projections';

const A = '5560360793' as OrganisationNumber;
const B = '5561000018' as OrganisationNumber;

/** Live, applied again (nothing changes) and rebuilt (the same rows): every read model of the read side. */
async function expectIdempotentAndRebuildable(fx: ReadModelFixture, projection: Projection): Promise<Record<string, Record<string, unknown>[]>> {
  const live = await fx.snapshot(projection);
  await fx.applyAllAgain(projection);
  expect(await fx.snapshot(projection)).toEqual(live);
  await fx.rebuild(projection);
  expect(await fx.snapshot(projection)).toEqual(live);
  return live;
}

describe('read-side projections', () => {
  let fx: ReadModelFixture;
  beforeEach(async () => {
    fx = await readModelFixture('read_side_rm');
  }, 60_000);
  afterEach(async () => {
    await fx.dispose();
  });

  it('customer directory: latest profile, folded search words, current target group by date then recording, owner profile recorded and erased', async () => {
    const projection = customerDirectoryProjection(fx.codec);
    const registered = (customerId: OrganisationNumber, name: string): CustomerEvent => ({
      type: 'CustomerRegistered',
      data: { customerId, name, region: 'vastmanland', municipality: 'Västerås', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2026-01-02' },
    });
    const classified = (group: 'bredd' | 'ideal' | 'spets', effectiveFrom: string): CustomerEvent => ({
      type: 'CustomerClassified',
      data: { customerId: A, group, effectiveFrom },
    });
    await fx.append(customerStream(A), [registered(A, 'Älvdalens Verkstads AB'), classified('bredd', '2026-01-01')]);
    await fx.append(customerStream(B), [
      registered(B, 'Café Époque'),
      { type: 'OwnerProfileRecorded', data: { customerId: B, womenLed: 'yes', foreignBackground: 'no', ownerName: 'Olga Ägare', recordedOn: '2026-01-03' } },
    ]);
    await fx.catchUp(projection);
    await fx.append(customerStream(A), [
      { type: 'CustomerProfileUpdated', data: { customerId: A, updatedOn: '2026-02-01', name: 'Älvdalens Mekaniska AB', municipality: 'Köping' } },
      classified('ideal', '2025-06-01'), // an earlier date, recorded later: not the current group
      classified('spets', '2026-01-01'), // the same date, recorded later: the current group
    ]);
    await fx.vault.erase(`customer:${B}`, 'admin-ada');
    await fx.append(customerStream(B), [{ type: 'CustomerPersonalDataErased', data: { customerId: B, requestedOn: '2026-03-01' } }]);
    await fx.catchUp(projection);

    const live = await expectIdempotentAndRebuildable(fx, projection);
    expect(
      live.rm_customer_directory.map(({ customer_id, name, sort_name, municipality_key, target_group, owner_profile_recorded, personal_data_erased }) => ({
        customer_id,
        name,
        sort_name,
        municipality_key,
        target_group,
        owner_profile_recorded,
        personal_data_erased,
      })),
    ).toEqual([
      {
        customer_id: A,
        name: 'Älvdalens Mekaniska AB',
        sort_name: 'alvdalens mekaniska ab',
        municipality_key: 'koping',
        target_group: 'spets',
        owner_profile_recorded: false,
        personal_data_erased: false,
      },
      { customer_id: B, name: 'Café Époque', sort_name: 'cafe epoque', municipality_key: 'vasteras', target_group: null, owner_profile_recorded: true, personal_data_erased: true },
    ]);
    expect((await fx.rows('rm_customer_search_words', 'customer_id, word')).map((r) => `${r.customer_id}:${r.word}`)).toEqual([
      `${A}:ab`,
      `${A}:alvdalens`,
      `${A}:mekaniska`,
      `${B}:cafe`,
      `${B}:epoque`,
    ]);
    expect(JSON.stringify(live)).not.toContain('Olga');
  });

  it('loan book: life cycle with who and when, money added once per event, the work status', async () => {
    const projection = loanBookProjection();
    const base = { customerId: A, product: 'foretagslan' };
    const applied = (loanId: string): LoanEvent => ({
      type: 'LoanApplicationRegistered',
      data: { loanId, ...base, productKind: 'loan', amountOre: 100_000, purpose: 'Maskin', appliedOn: '2026-03-01' },
    });
    const decided = (loanId: string): LoanEvent => ({
      type: 'LoanGrantDecided',
      data: { loanId, ...base, amountOre: 80_000, interestRateBasisPoints: 650, termMonths: 60, decidedOn: '2026-03-02', decidedBy: 'test' },
    });
    await fx.append(loanStream('L1'), [
      applied('L1'),
      decided('L1'),
      {
        type: 'LoanApproved',
        data: {
          loanId: 'L1',
          ...base,
          productKind: 'loan',
          grantedAmountOre: 80_000,
          interestRateBasisPoints: 650,
          termMonths: 60,
          approvedOn: '2026-03-03',
          decidedBy: 'test',
          approvedBy: 'test',
        },
      },
      { type: 'LoanDisbursed', data: { loanId: 'L1', ...base, disbursementId: 'd1', amountOre: 50_000, disbursedOn: '2026-03-04' } },
    ]);
    await fx.append(loanStream('L2'), [applied('L2')]);
    await fx.append(loanStream('L3'), [applied('L3'), decided('L3')]);
    await fx.append(loanStream('L4'), [applied('L4'), { type: 'LoanRejected', data: { loanId: 'L4', ...base, reason: 'Svag', decidedOn: '2026-03-02', decidedBy: 'test' } }]);
    await fx.catchUp(projection);
    expect((await fx.rows('rm_loan_book', 'loan_id')).map((r) => [r.loan_id, r.status])).toEqual([
      ['L1', 'approved'],
      ['L2', 'applied'],
      ['L3', 'granted'],
      ['L4', 'rejected'],
    ]);
    await fx.append(loanStream('L1'), [
      { type: 'LoanDisbursed', data: { loanId: 'L1', ...base, disbursementId: 'd2', amountOre: 30_000, disbursedOn: '2026-04-04' } },
      { type: 'LoanRepaymentRecorded', data: { loanId: 'L1', ...base, repaymentId: 'r1', principalOre: 20_000, interestOre: 500, feesOre: 100, paidOn: '2026-05-01' } },
    ]);
    await fx.catchUp(projection);
    expect((await fx.rows('rm_loan_book', 'loan_id'))[0]).toMatchObject({ status: 'active', disbursed_ore: 80000, repaid_principal_ore: 20000 });
    await fx.append(loanStream('L1'), [{ type: 'LoanWrittenOff', data: { loanId: 'L1', ...base, amountOre: 60_000, writtenOffOn: '2026-06-01', reason: 'Konkurs' } }]);
    await fx.catchUp(projection);

    const live = await expectIdempotentAndRebuildable(fx, projection);
    const l1 = live.rm_loan_book.find((r) => r.loan_id === 'L1')!;
    expect(l1).toMatchObject({
      status: 'written_off',
      stage: 'approved',
      applied_by: 'test',
      decided_by: 'test',
      approved_by: 'test',
      granted_amount_ore: 80000,
      disbursed_ore: 80000,
      repaid_principal_ore: 20000,
      interest_ore: 500,
      fees_ore: 100,
      written_off_ore: 60000,
    });
    expect(l1.applied_at).toBeInstanceOf(Date);
    expect(live.rm_loan_book_events.filter((r) => r.loan_id === 'L1')).toHaveLength(7);
  });

  it('time-entry history: recorded, corrected and voided, each once', async () => {
    const projection = timeEntryHistoryProjection();
    const entry = { entryId: 'e1', employeeId: 'anna', date: '2026-03-02' };
    const events: CustomerTimeEvent[] = [
      { type: 'TimeEntryRecorded', data: { ...entry, minutes: 120, kind: 'customer', customerId: A } },
      { type: 'TimeEntryCorrected', data: { ...entry, minutes: 90, kind: 'internal', previous: { minutes: 120, kind: 'customer', customerId: A } } },
      { type: 'TimeEntryVoided', data: { ...entry, minutes: 90, kind: 'internal', reason: 'Fel dag' } },
    ];
    await fx.append(timeDayStream('anna', '2026-03-02'), events.slice(0, 2));
    await fx.catchUp(projection);
    await fx.append(timeDayStream('anna', '2026-03-02'), events.slice(2));
    await fx.catchUp(projection);
    const live = await expectIdempotentAndRebuildable(fx, projection);
    expect((await fx.rows('rm_time_entry_history', 'commit, prepare')).map((r) => [r.change, r.minutes, r.kind, r.customer_id, r.reason, r.recorded_by])).toEqual([
      ['recorded', 120, 'customer', A, null, 'test'],
      ['corrected', 90, 'internal', null, null, 'test'],
      ['voided', 90, 'internal', null, 'Fel dag', 'test'],
    ]);
    expect(live.rm_time_entry_history).toHaveLength(3);
  });

  it('credit certifications: a revocation ends the grants recorded before it (the earliest such revocation wins), not a grant recorded after it', async () => {
    const projection = creditCertificationsProjection();
    const events: CertificationEvent[] = [
      { type: 'CreditCertificationGranted', data: { userId: 'olle', validFrom: '2020-01-01' } },
      { type: 'CreditCertificationGranted', data: { userId: 'olle', validFrom: '2021-01-01', validTo: '2026-12-31' } },
      { type: 'CreditCertificationRevoked', data: { userId: 'olle', effectiveFrom: '2026-06-01' } },
      { type: 'CreditCertificationGranted', data: { userId: 'olle', validFrom: '2026-07-01' } },
      { type: 'CreditCertificationRevoked', data: { userId: 'olle', effectiveFrom: '2026-05-01' } },
    ];
    const grants = async () =>
      (await fx.dataSource.query(`SELECT valid_from::text, valid_to::text, revoked_from::text FROM rm_credit_certifications ORDER BY commit, prepare`)) as Record<
        string,
        string | null
      >[];
    await fx.append(certificationStream('olle'), events.slice(0, 4));
    await fx.catchUp(projection);
    expect((await grants()).map((g) => g.revoked_from)).toEqual(['2026-06-01', '2026-06-01', null]);
    await fx.append(certificationStream('olle'), events.slice(4));
    await fx.catchUp(projection);
    await expectIdempotentAndRebuildable(fx, projection);
    expect(await grants()).toEqual([
      { valid_from: '2020-01-01', valid_to: null, revoked_from: '2026-05-01' },
      { valid_from: '2021-01-01', valid_to: '2026-12-31', revoked_from: '2026-05-01' },
      { valid_from: '2026-07-01', valid_to: null, revoked_from: '2026-05-01' },
    ]);
  });
});
