import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '#libs/event-store';
import { PersonalDataCodec, PersonalDataVault, LocalKeyRing } from '#libs/platform';
import { createPool, type Pool } from '#libs/postgres';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/database.js';
import { createReadModelDataSource, runReadModelMigrations, tableMapper, validateProjections, type Projection } from '#libs/projections';
import { assertSwappable } from '../../projections/src/shadow-tables.js';
import { personalDataRules } from './personal-data-rules.js';
import { createProjections, readModelEntities, readModelMigrations } from './registry.js';

/** 5,000 events over every area, as one batch in global order (owner answers unsealed: no vault look-ups). */
function mixedBatch(): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  const add = (streamId: string, type: string, data: Record<string, unknown>): void => {
    events.push({
      id: randomUUID(),
      streamId,
      revision: 0,
      position: { commit: 1000 + events.length, prepare: events.length },
      type,
      data,
      metadata: { userId: 'bench', correlationId: 'bench', causationId: 'bench' },
      schemaVersion: 1,
      recordedAt: new Date(0),
    });
  };
  const day = (i: number): string => `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const customer = (i: number): string => `55600${String(i % 400).padStart(5, '0')}`;
  for (let i = 0; i < 400; i++) {
    add(`customer-${customer(i)}`, 'CustomerRegistered', {
      customerId: customer(i),
      name: `Bolag ${i}`,
      region: i % 2 ? 'orebro' : 'vastmanland',
      municipality: 'Västerås',
      foundedOn: '2020-01-01',
      phase: 'early_stage',
      registeredOn: day(i),
    });
  }
  for (let i = 0; i < 400; i++) {
    add(`customer-${customer(i)}`, 'CustomerProfileUpdated', { customerId: customer(i), updatedOn: day(i), phase: 'growth' });
    add(`customer-${customer(i)}`, 'CustomerClassified', { customerId: customer(i), group: 'bredd', effectiveFrom: day(i) });
    add(`customer-${customer(i)}`, 'OwnerProfileRecorded', { customerId: customer(i), womenLed: 'yes', foreignBackground: 'no', recordedOn: day(i) });
  }
  for (let i = 0; i < 100; i++) {
    add(`employee-e${i}`, 'EmployeeRegistered', { userId: `e${i}`, name: `Person ${i}`, region: 'orebro', roles: ['advisor'] });
    add(`employee-e${i}`, 'EmployeeRolesChanged', { userId: `e${i}`, roles: ['advisor', 'credit_officer'], previousRoles: ['advisor'] });
  }
  for (let i = 0; i < 300; i++) {
    const loan = { loanId: `l${i}`, customerId: customer(i), product: 'startlan' };
    add(`loan-l${i}`, 'LoanApplicationRegistered', { ...loan, productKind: 'loan', amountOre: 10_000_000, purpose: 'x', appliedOn: '2026-01-02' });
    add(`loan-l${i}`, 'LoanGrantDecided', { ...loan, amountOre: 10_000_000, interestRateBasisPoints: 700, termMonths: 36, decidedOn: '2026-01-03', decidedBy: 'o1' });
    add(`loan-l${i}`, 'LoanApproved', {
      ...loan,
      productKind: 'loan',
      grantedAmountOre: 10_000_000,
      interestRateBasisPoints: 700,
      termMonths: 36,
      approvedOn: '2026-01-04',
      decidedBy: 'o1',
      approvedBy: 'o2',
    });
    add(`loan-l${i}`, 'LoanDisbursed', { ...loan, disbursementId: `d${i}`, amountOre: 5_000_000, disbursedOn: '2026-01-05' });
    add(`loan-l${i}`, 'LoanRepaymentRecorded', { ...loan, repaymentId: `r${i}`, principalOre: 100_000, interestOre: 1000, feesOre: 100, paidOn: '2026-02-05' });
  }
  for (let i = 0; i < 300; i++) {
    add(`advisory-session-s${i}`, 'AdvisorySessionLogged', {
      sessionId: `s${i}`,
      customerId: customer(i),
      advisorId: 'e1',
      date: day(i),
      durationMinutes: 60,
      sustainabilityDiscussed: false,
    });
    add(`delivery-d${i}`, 'ModuleDelivered', { deliveryId: `d${i}`, customerId: customer(i), module: 'm', advisorId: 'e1', deliveredOn: day(i) });
  }
  for (let i = 0; i < 50; i++) {
    add(`delivery-d${i}`, 'ModuleDeliveryVoided', {
      deliveryId: `d${i}`,
      customerId: customer(i),
      module: 'm',
      advisorId: 'e1',
      deliveredOn: day(i),
      voidedOn: day(i),
      reason: 'x',
      voidedBy: 'e1',
    });
    add(`mentor-pair-p${i}`, 'MentorPairMatched', {
      pairId: `p${i}`,
      programme: 'mentor_starta_foretag',
      mentorName: 'M',
      customerId: customer(i),
      matchedOn: day(i),
      matchedBy: 'e1',
    });
  }
  for (let i = 0; i < 1000; i++) {
    const entry = { entryId: `t${i}`, employeeId: `e${i % 40}`, date: day(i), minutes: 30, kind: 'internal' };
    add(`time-${entry.employeeId}-${entry.date}`, 'TimeEntryRecorded', entry);
    if (i % 5 === 0)
      add(`time-${entry.employeeId}-${entry.date}`, 'TimeEntryCorrected', {
        ...entry,
        minutes: 45,
        kind: 'customer',
        customerId: customer(i),
        previous: { minutes: 30, kind: 'internal' },
      });
    if (i % 10 === 1) add(`time-${entry.employeeId}-${entry.date}`, 'TimeEntryVoided', { ...entry, reason: 'x' });
  }
  for (let i = 0; i < 100; i++) {
    add(`survey-answer-a${i}`, 'SurveyAnswerRecorded', { answerId: `a${i}`, customerId: customer(i), answeredOn: day(i), wouldRecommend: i % 3 > 0, recordedBy: 'e1' });
    add('funding-project-p', 'ProjectCostBooked', { projectId: 'p', entryId: `c${i}`, bookedOn: day(i), amountOre: 1000, description: 'x', bookedBy: 'c' });
  }
  for (let i = 0; i < 50; i++) add('targets-2026', 'TargetSet', { year: 2026, quarter: 1 + (i % 4), metric: 'loans_granted', unit: 'count', value: i, setBy: 'c' });
  return events;
}

describe('the registered projections', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let pool: Pool;
  let projections: Projection[];
  beforeAll(async () => {
    db = await createTestDatabase('registry');
    dataSource = await createReadModelDataSource({ url: db.url, entities: readModelEntities, migrations: readModelMigrations }).initialize();
    await runReadModelMigrations(dataSource);
    pool = createPool(db.url, { max: 2 });
    projections = createProjections({ codec: new PersonalDataCodec(new PersonalDataVault(pool, LocalKeyRing.ephemeral()), personalDataRules) });
  });
  afterAll(async () => {
    await pool.end();
    await dataSource.destroy();
    await db.drop();
  });

  it('are one per area, own disjoint tables that the migrations create, and can be rebuilt by swapping', async () => {
    expect(projections.map((p) => p.name)).toEqual([
      'customers',
      'staff',
      'loans',
      'advisory',
      'customer-time',
      'surveys',
      'funding',
      'targets',
      'customer-directory',
      'loan-book',
      'time-entry-history',
      'credit-certifications',
      'scorecard-inputs',
    ]);
    expect(() => validateProjections(projections)).not.toThrow();
    const sql = async <Row>(text: string, params?: readonly unknown[]) => (await dataSource.query(text, params ? [...params] : undefined)) as Row[];
    for (const projection of projections) await expect(assertSwappable(sql, projection.tables)).resolves.toBeUndefined();
    const rmTables = (await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'rm\\_%' ORDER BY tablename`)).map(
      (row: { tablename: string }) => row.tablename,
    );
    expect(projections.flatMap((p) => p.tables).sort()).toEqual(rmTables);
  });

  it('write a batch of 5,000 events with a few statements per projection, not one per event', async () => {
    const batch = mixedBatch();
    expect(batch.length).toBeGreaterThanOrEqual(5000);
    const queryRunner = dataSource.createQueryRunner();
    await queryRunner.connect();
    const statements: Record<string, number> = {};
    const started = performance.now();
    try {
      await queryRunner.startTransaction();
      for (const projection of projections) {
        statements[projection.name] = 0;
        const wanted = batch.filter((event) => !projection.eventTypes || projection.eventTypes.includes(event.type));
        await projection.apply(wanted, {
          query: async <Row>(text: string, params?: readonly unknown[]) => {
            statements[projection.name] += 1;
            return ((await queryRunner.query(text, params ? [...params] : undefined, true)).records ?? []) as Row[];
          },
          table: tableMapper(projection, ''),
        });
      }
      await queryRunner.commitTransaction();
    } finally {
      await queryRunner.release();
    }
    const elapsed = performance.now() - started;

    // One statement per kind of write (empty groups skipped), whatever the number of events.
    expect(statements).toEqual({
      customers: 3,
      staff: 2,
      loans: 3,
      advisory: 4,
      'customer-time': 3,
      surveys: 1,
      funding: 1,
      targets: 1,
      'customer-directory': 5,
      'loan-book': 4,
      'time-entry-history': 1,
      'credit-certifications': 0,
      'scorecard-inputs': 0,
    });
    const count = async (table: string): Promise<number> => (await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    expect(await count('rm_customers')).toBe(400);
    expect(await count('rm_loan_transactions')).toBe(600);
    expect(await count('rm_time_entries')).toBe(1000);
    const [{ n }] = await dataSource.query(`SELECT sum(customer_minutes + internal_minutes)::int AS n FROM rm_time_monthly`);
    // 1000 entries of 30 minutes: 200 corrected to 45 minutes, 100 others voided.
    expect(n).toBe(700 * 30 + 200 * 45);
    // Generous: one statement per event would take several times this on the embedded server.
    expect(elapsed).toBeLessThan(10_000);
  });
});
