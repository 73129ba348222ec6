import type { OrganisationNumber } from '#libs/customers';
import { applyDirectly } from '../../../projections/src/testing/apply-directly.js';
import { readModelFixture, type ReadModelFixture } from '../../../composition/src/testing/read-model-fixture.js';
import type { CustomerTimeEvent } from '../domain/customer-time.events.js';
import { timeDayStream } from '../domain/customer-time.streams.js';
import type { TimeEntryKind } from '../domain/time-entry-kind.js';
import { customerTimeProjection } from './customer-time.projection.js';

const CUSTOMER = '5560360793' as OrganisationNumber;

interface Entry {
  readonly entryId: string;
  readonly employeeId: string;
  readonly date: string;
  readonly minutes: number;
  readonly kind: TimeEntryKind;
}

const values = ({ entryId, employeeId, date, minutes, kind }: Entry) => ({ entryId, employeeId, date, minutes, kind, ...(kind === 'customer' ? { customerId: CUSTOMER } : {}) });

const recorded = (entry: Entry): CustomerTimeEvent => ({ type: 'TimeEntryRecorded', data: values(entry) });
const corrected = (entry: Entry, previous: Entry): CustomerTimeEvent => ({
  type: 'TimeEntryCorrected',
  data: { ...values(entry), previous: { minutes: previous.minutes, kind: previous.kind, ...(previous.kind === 'customer' ? { customerId: CUSTOMER } : {}) } },
});
const voided = (entry: Entry): CustomerTimeEvent => ({ type: 'TimeEntryVoided', data: { ...values(entry), reason: 'Fel dag' } });

const record = (fx: ReadModelFixture, entry: Entry, ...more: CustomerTimeEvent[]) => fx.append(timeDayStream(entry.employeeId, entry.date), [recorded(entry), ...more]);

describe('customer-time projection', () => {
  let fx: ReadModelFixture;
  const projection = customerTimeProjection();
  beforeEach(async () => {
    fx = await readModelFixture('customer_time_rm');
  });
  afterEach(async () => {
    await fx.dispose();
  });

  const annaMon: Entry = { entryId: 'e1', employeeId: 'anna', date: '2026-03-02', minutes: 240, kind: 'customer' };
  const annaMonInternal: Entry = { entryId: 'e2', employeeId: 'anna', date: '2026-03-02', minutes: 120, kind: 'internal' };
  const annaMonLeave: Entry = { entryId: 'e3', employeeId: 'anna', date: '2026-03-02', minutes: 60, kind: 'absence' };
  const annaTue: Entry = { entryId: 'e4', employeeId: 'anna', date: '2026-03-03', minutes: 300, kind: 'customer' };
  const annaApril: Entry = { entryId: 'e5', employeeId: 'anna', date: '2026-04-01', minutes: 180, kind: 'customer' };
  const boMon: Entry = { entryId: 'e6', employeeId: 'bo', date: '2026-03-02', minutes: 420, kind: 'internal' };

  /** Entries, then a correction, a correction and void in one batch, and the void of a day's only entry. */
  async function appendDays(between: () => Promise<void> = async () => undefined): Promise<void> {
    await record(fx, annaMon);
    await fx.append(timeDayStream('anna', annaMon.date), [recorded(annaMonInternal), recorded(annaMonLeave)]);
    await record(fx, annaTue);
    await record(fx, annaApril);
    await record(fx, boMon);
    await between();
    // Monday's customer time was 180, not 240 minutes; Monday's internal entry was half customer time, then voided.
    await fx.append(timeDayStream('anna', annaMon.date), [corrected({ ...annaMon, minutes: 180 }, annaMon)]);
    const half: Entry = { ...annaMonInternal, minutes: 60, kind: 'customer' };
    await fx.append(timeDayStream('anna', annaMon.date), [corrected(half, annaMonInternal), voided(half)]);
    // Tuesday's only entry was on the wrong day.
    await fx.append(timeDayStream('anna', annaTue.date), [voided(annaTue)]);
  }

  const daily = () => fx.rows('rm_time_daily', 'employee_id, worked_on');
  const monthly = () => fx.rows('rm_time_monthly', 'employee_id, month');

  it('sums the live entries per employee and day, and per month', async () => {
    await appendDays();
    await fx.catchUp(projection);

    expect(await daily()).toEqual([
      { employee_id: 'anna', worked_on: '2026-03-02', customer_minutes: 180, internal_minutes: 0, absence_minutes: 60 },
      { employee_id: 'anna', worked_on: '2026-04-01', customer_minutes: 180, internal_minutes: 0, absence_minutes: 0 },
      { employee_id: 'bo', worked_on: '2026-03-02', customer_minutes: 0, internal_minutes: 420, absence_minutes: 0 },
    ]);
    expect(await monthly()).toEqual([
      { employee_id: 'anna', month: '2026-03-01', customer_minutes: 180, internal_minutes: 0, absence_minutes: 60 },
      { employee_id: 'anna', month: '2026-04-01', customer_minutes: 180, internal_minutes: 0, absence_minutes: 0 },
      { employee_id: 'bo', month: '2026-03-01', customer_minutes: 0, internal_minutes: 420, absence_minutes: 0 },
    ]);
    expect(await fx.rows('rm_time_entries', 'entry_id')).toEqual([
      { entry_id: 'e1', employee_id: 'anna', worked_on: '2026-03-02', minutes: 180, kind: 'customer', customer_id: CUSTOMER, funding_project_id: null, voided: false, revision: 3 },
      { entry_id: 'e2', employee_id: 'anna', worked_on: '2026-03-02', minutes: 60, kind: 'customer', customer_id: CUSTOMER, funding_project_id: null, voided: true, revision: 5 },
      { entry_id: 'e3', employee_id: 'anna', worked_on: '2026-03-02', minutes: 60, kind: 'absence', customer_id: null, funding_project_id: null, voided: false, revision: 2 },
      { entry_id: 'e4', employee_id: 'anna', worked_on: '2026-03-03', minutes: 300, kind: 'customer', customer_id: CUSTOMER, funding_project_id: null, voided: true, revision: 1 },
      expect.objectContaining({ entry_id: 'e5', voided: false }),
      expect.objectContaining({ entry_id: 'e6', kind: 'internal', customer_id: null, voided: false }),
    ]);
  });

  it('ignores an earlier event delivered again after later ones: an old correction neither un-voids an entry nor brings back its old minutes', async () => {
    await appendDays();
    await fx.catchUp(projection);
    const settled = await fx.snapshot(projection);
    const events = await fx.allEvents();
    // At-least-once delivery after a crash: each event again, on its own, the latest first.
    for (const event of [...events].reverse()) await applyDirectly(fx.dataSource, projection, [event]);
    expect(await fx.snapshot(projection)).toEqual(settled);
    expect(await fx.rows('rm_time_entries', 'entry_id')).toEqual(expect.arrayContaining([expect.objectContaining({ entry_id: 'e2', minutes: 60, voided: true })]));
  });

  it('takes corrections and voids applied in later batches out of the day and month they were counted in', async () => {
    await appendDays(() => fx.catchUp(projection));
    await fx.catchUp(projection);

    expect(await daily()).toEqual([
      { employee_id: 'anna', worked_on: '2026-03-02', customer_minutes: 180, internal_minutes: 0, absence_minutes: 60 },
      { employee_id: 'anna', worked_on: '2026-04-01', customer_minutes: 180, internal_minutes: 0, absence_minutes: 0 },
      { employee_id: 'bo', worked_on: '2026-03-02', customer_minutes: 0, internal_minutes: 420, absence_minutes: 0 },
    ]);
    expect((await monthly())[0]).toEqual({ employee_id: 'anna', month: '2026-03-01', customer_minutes: 180, internal_minutes: 0, absence_minutes: 60 });
  });

  it('drops a month whose every entry was voided', async () => {
    await record(fx, annaApril);
    await fx.catchUp(projection);
    expect(await monthly()).toHaveLength(1);

    await fx.append(timeDayStream('anna', annaApril.date), [voided(annaApril)]);
    await fx.catchUp(projection);
    expect(await daily()).toEqual([]);
    expect(await monthly()).toEqual([]);
  });

  it('applying the same events again changes nothing, and a rebuild gives the rows of the live run', async () => {
    await appendDays(() => fx.catchUp(projection));
    await fx.catchUp(projection);
    const live = await fx.snapshot(projection);

    await fx.applyAllAgain(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    await fx.rebuild(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    expect(live.rm_time_daily).toHaveLength(3);
  });
});
