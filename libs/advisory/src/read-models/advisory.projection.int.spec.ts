import type { OrganisationNumber } from '#libs/customers';
import { readModelFixture, type ReadModelFixture } from '../../../composition/src/testing/read-model-fixture.js';
import type { AdvisoryEvent } from '../domain/advisory.events.js';
import { advisorySessionStream, mentorPairStream, moduleDeliveryStream } from '../domain/advisory.streams.js';
import { advisoryProjection } from './advisory.projection.js';

const CUSTOMER = '5560360793' as OrganisationNumber;
const OTHER = '5567037485' as OrganisationNumber;

const delivered = (deliveryId: string, customerId: OrganisationNumber, module: string, deliveredOn: string): AdvisoryEvent => ({
  type: 'ModuleDelivered',
  data: { deliveryId, customerId, module, advisorId: 'advisor-anna', deliveredOn },
});

const voided = (deliveryId: string, customerId: OrganisationNumber, module: string, deliveredOn: string, voidedOn: string): AdvisoryEvent => ({
  type: 'ModuleDeliveryVoided',
  data: { deliveryId, customerId, module, advisorId: 'advisor-anna', deliveredOn, voidedOn, reason: 'Registrerad på fel kund', voidedBy: 'advisor-anna' },
});

async function appendActivity(fx: ReadModelFixture, beforeTheVoids: () => Promise<void> = async () => undefined): Promise<void> {
  await fx.append(advisorySessionStream('s1'), [
    {
      type: 'AdvisorySessionLogged',
      data: {
        sessionId: 's1',
        customerId: CUSTOMER,
        advisorId: 'advisor-anna',
        date: '2026-02-03',
        durationMinutes: 90,
        sustainabilityDiscussed: true,
        fundingProjectId: 'proj-1',
      },
    },
  ]);
  await fx.append(advisorySessionStream('s2'), [
    {
      type: 'AdvisorySessionLogged',
      data: { sessionId: 's2', customerId: OTHER, advisorId: 'advisor-bo', date: '2026-02-04', durationMinutes: 45, sustainabilityDiscussed: false },
    },
  ]);
  await fx.append(moduleDeliveryStream('d1'), [delivered('d1', CUSTOMER, 'affarsutveckling', '2026-02-10')]);
  await fx.append(moduleDeliveryStream('d2'), [delivered('d2', OTHER, 'hallbarhet', '2026-03-15')]);
  await fx.append(mentorPairStream('p1'), [
    {
      type: 'MentorPairMatched',
      data: { pairId: 'p1', programme: 'mentor_starta_foretag', mentorName: 'Mona Mentor', customerId: CUSTOMER, matchedOn: '2026-01-20', matchedBy: 'advisor-anna' },
    },
  ]);
  await beforeTheVoids();
  // d3 is delivered and voided in one batch; d2 was delivered in an earlier one.
  await fx.append(moduleDeliveryStream('d3'), [delivered('d3', CUSTOMER, 'finansiering', '2026-03-20'), voided('d3', CUSTOMER, 'finansiering', '2026-03-20', '2026-03-21')]);
  await fx.append(moduleDeliveryStream('d2'), [voided('d2', OTHER, 'hallbarhet', '2026-03-15', '2026-04-02')]);
  await fx.append(mentorPairStream('p1'), [
    { type: 'MentorPairConcluded', data: { pairId: 'p1', programme: 'mentor_starta_foretag', customerId: CUSTOMER, matchedOn: '2026-01-20', concludedOn: '2026-12-31' } },
  ]);
}

describe('advisory projection', () => {
  let fx: ReadModelFixture;
  const projection = advisoryProjection();
  beforeEach(async () => {
    fx = await readModelFixture('advisory_rm');
  });
  afterEach(async () => {
    await fx.dispose();
  });

  it('keeps sessions, deliveries with their voids, and mentor pairs without the mentor name', async () => {
    await appendActivity(fx, () => fx.catchUp(projection));
    await fx.catchUp(projection);

    expect(await fx.rows('rm_advisory_sessions', 'session_id')).toEqual([
      {
        session_id: 's1',
        customer_id: CUSTOMER,
        advisor_id: 'advisor-anna',
        held_on: '2026-02-03',
        duration_minutes: 90,
        sustainability_discussed: true,
        funding_project_id: 'proj-1',
      },
      { session_id: 's2', customer_id: OTHER, advisor_id: 'advisor-bo', held_on: '2026-02-04', duration_minutes: 45, sustainability_discussed: false, funding_project_id: null },
    ]);
    expect(await fx.rows('rm_module_deliveries', 'delivery_id')).toEqual([
      {
        delivery_id: 'd1',
        customer_id: CUSTOMER,
        module: 'affarsutveckling',
        advisor_id: 'advisor-anna',
        delivered_on: '2026-02-10',
        voided: false,
        voided_on: null,
        void_reason: null,
        funding_project_id: null,
      },
      {
        delivery_id: 'd2',
        customer_id: OTHER,
        module: 'hallbarhet',
        advisor_id: 'advisor-anna',
        delivered_on: '2026-03-15',
        voided: true,
        voided_on: '2026-04-02',
        void_reason: 'Registrerad på fel kund',
        funding_project_id: null,
      },
      expect.objectContaining({ delivery_id: 'd3', delivered_on: '2026-03-20', voided: true, voided_on: '2026-03-21' }),
    ]);
    const pairs = await fx.rows('rm_mentor_pairs', 'pair_id');
    expect(pairs).toEqual([
      { pair_id: 'p1', programme: 'mentor_starta_foretag', customer_id: CUSTOMER, matched_on: '2026-01-20', concluded_on: '2026-12-31', funding_project_id: null },
    ]);
    expect(JSON.stringify(pairs)).not.toContain('Mona');
  });

  it('applying the same events again changes nothing, and a rebuild gives the rows of the live run', async () => {
    await appendActivity(fx, () => fx.catchUp(projection));
    await fx.catchUp(projection);
    const live = await fx.snapshot(projection);

    await fx.applyAllAgain(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    await fx.rebuild(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    expect(live.rm_module_deliveries.filter((row) => !row.voided).map((row) => row.delivery_id)).toEqual(['d1']);
  });
});
