import { CommandBus } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { generateDemoData, runSeedPlan } from '#libs/demo-data';
import { START, type EventStore, type RecordedEvent } from '#libs/event-store';
import { EVENT_STORE, PersonalDataCodec } from '#libs/platform';
import { PROJECTION_RUNNER, READ_MODELS, type Projection, type ProjectionRunner } from '#libs/projections';
import { createProjections } from '#libs/composition';
import { applyDirectly } from '../../libs/projections/src/testing/apply-directly.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { eventually } from '../support/database.js';

/**
 * At-least-once delivery: after a crash a projection may see an event again, after events that came
 * later. For every registered projection: a quarter of demo activity (corrections and voids included)
 * is projected live; then each of the projection's events is applied again on its own, from the last
 * to the first — each one an earlier event arriving after later ones — and no row may change.
 */
describe('every projection ignores an earlier event delivered again after later ones', () => {
  let t: TestApp;
  let events: RecordedEvent[];
  let dataSource: DataSource;
  let projections: Projection[];

  const snapshot = async (projection: Projection): Promise<Record<string, unknown[]>> => {
    const tables: Record<string, unknown[]> = {};
    for (const table of projection.tables) tables[table] = await dataSource.query(`SELECT * FROM ${table} AS r ORDER BY r::text`);
    return tables;
  };

  beforeAll(async () => {
    t = await startTestApp('replay');
    const data = generateDemoData({ seed: 7, scale: 0.02, from: '2026-01-01', today: '2026-03-31' });
    await runSeedPlan(t.app.get(CommandBus), data, { concurrency: 8 });
    // Corrections and voids of time, on top of the demo activity: a correction of an entry that is
    // later voided is the case where an old event re-applied could bring a voided entry back.
    const actions = data.commands.map((c) => c.action);
    const advisor = actions.find((a) => a.type === 'RegisterEmployee' && a.body.roles.includes('advisor'));
    const customer = actions.find((a) => a.type === 'RegisterCustomer');
    if (advisor?.type !== 'RegisterEmployee' || customer?.type !== 'RegisterCustomer') throw new Error('the demo plan has no advisor or customer');
    const token = await t.token(advisor.body.userId, 'advisor');
    const post = async (path: string, body: unknown): Promise<Record<string, string>> => {
      const response = await t.request('POST', path, { token, body });
      expect([path, response.status, response.body]).toEqual([path, 200, expect.anything()]);
      return response.body.ids;
    };
    for (const date of ['2026-03-30', '2026-03-31']) {
      const { entryId } = await post('/time-entries', { date, minutes: 120, kind: 'internal' });
      await post(`/time-entries/${entryId}/correction`, { date, minutes: 90, kind: 'customer', customerId: customer.body.customerId });
      await post(`/time-entries/${entryId}/correction`, { date, minutes: 60, kind: 'customer', customerId: customer.body.customerId });
      if (date === '2026-03-30') await post(`/time-entries/${entryId}/void`, { date, reason: 'Fel dag' });
    }
    const { deliveryId } = await post('/advisory/deliveries', { customerId: customer.body.customerId, module: 'behovssamtal', deliveredOn: '2026-03-30' });
    await post(`/advisory/deliveries/${deliveryId}/void`, { reason: 'Registrerad två gånger' });
    const store = t.app.get<EventStore>(EVENT_STORE);
    events = await eventually(async () => {
      const all: RecordedEvent[] = [];
      for (let after = START; ;) {
        const page = await store.readAll({ after, maxCount: 1000 });
        all.push(...page.events);
        if (page.isEnd || page.events.length === 0) break;
        after = page.next;
      }
      if (all.length < data.commands.length) throw new Error(`${all.length} of ${data.commands.length} events readable so far`);
      return all;
    }, 20_000);
    const runner = t.app.get<ProjectionRunner>(PROJECTION_RUNNER);
    await runner.waitFor(events.at(-1)!.position, runner.names, 30_000);
    dataSource = t.app.get<DataSource>(READ_MODELS);
    projections = createProjections({ codec: t.app.get(PersonalDataCodec) });
  }, 180_000);
  afterAll(async () => {
    await t.close();
  });

  it('has a history with corrections and voids to replay', () => {
    const types = new Set(events.map((e) => e.type));
    for (const type of ['TimeEntryRecorded', 'TimeEntryCorrected', 'TimeEntryVoided', 'ModuleDelivered', 'ModuleDeliveryVoided', 'CustomerRegistered', 'EmployeeRegistered']) {
      expect([type, types.has(type)]).toEqual([type, true]);
    }
  });

  it('leaves every read model unchanged', async () => {
    expect(projections.map((p) => p.name)).toEqual(t.app.get<ProjectionRunner>(PROJECTION_RUNNER).names);
    const changed: string[] = [];
    for (const projection of projections) {
      const mine = events.filter((event) => !projection.eventTypes || projection.eventTypes.includes(event.type));
      const before = await snapshot(projection);
      for (let i = mine.length - 1; i >= 0; i -= 1) await applyDirectly(dataSource, projection, [mine[i]!]);
      const after = await snapshot(projection);
      for (const table of projection.tables) if (JSON.stringify(after[table]) !== JSON.stringify(before[table])) changed.push(`${projection.name}.${table}`);
    }
    expect(changed).toEqual([]);
  }, 240_000);
});
