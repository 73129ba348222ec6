import type { Projection } from '#libs/projections';
import { applyDirectly } from '../../../projections/src/testing/apply-directly.js';
import { readModelFixture, type ReadModelFixture } from '../../../composition/src/testing/read-model-fixture.js';
import type { CustomerEvent } from '../domain/customers.events.js';
import { customerStream } from '../domain/customers.streams.js';
import type { OrganisationNumber } from '../domain/organisation-number.js';
import { customersProjection } from './customers.projection.js';

const VERKSTAD = '5560360793' as OrganisationNumber;
const BAGERI = '5567037485' as OrganisationNumber;

const registered = (customerId: OrganisationNumber, name: string): CustomerEvent => ({
  type: 'CustomerRegistered',
  data: { customerId, name, region: 'vastmanland', municipality: 'Västerås', foundedOn: '2019-04-01', phase: 'early_stage', registeredOn: '2026-01-15' },
});

const classified = (customerId: OrganisationNumber, group: 'bredd' | 'ideal' | 'spets', effectiveFrom: string): CustomerEvent => ({
  type: 'CustomerClassified',
  data: { customerId, group, effectiveFrom },
});

/** The group a query reads for an intervention on `date`: the latest effective_from on or before it. */
const groupOn = async (fx: ReadModelFixture, customerId: string, date: string): Promise<string> => {
  const [row] = await fx.dataSource.query(
    `SELECT target_group FROM rm_customer_classifications WHERE customer_id = $1 AND effective_from <= $2 ORDER BY effective_from DESC LIMIT 1`,
    [customerId, date],
  );
  return row?.target_group ?? 'unclassified';
};

describe('customers projection', () => {
  let fx: ReadModelFixture;
  let projection: Projection;
  beforeEach(async () => {
    fx = await readModelFixture('customers_rm');
    projection = customersProjection(fx.codec);
  });
  afterEach(async () => {
    await fx.dispose();
  });

  it('keeps the latest profile, changing only the fields an update gives', async () => {
    await fx.append(customerStream(VERKSTAD), [
      registered(VERKSTAD, 'Verkstads AB'),
      { type: 'CustomerProfileUpdated', data: { customerId: VERKSTAD, updatedOn: '2026-03-01', region: 'orebro', phase: 'growth' } },
      { type: 'CustomerProfileUpdated', data: { customerId: VERKSTAD, updatedOn: '2026-04-01', municipality: 'Örebro' } },
    ]);
    await fx.append(customerStream(BAGERI), [registered(BAGERI, 'Bageri AB')]);

    await fx.catchUp(projection);

    expect(await fx.rows('rm_customers', 'customer_id')).toEqual([
      {
        customer_id: VERKSTAD,
        name: 'Verkstads AB',
        region: 'orebro',
        municipality: 'Örebro',
        founded_on: '2019-04-01',
        phase: 'growth',
        registered_on: '2026-01-15',
        women_led: 'unknown',
        foreign_background: 'unknown',
        personal_data_erased: false,
      },
      {
        customer_id: BAGERI,
        name: 'Bageri AB',
        region: 'vastmanland',
        municipality: 'Västerås',
        founded_on: '2019-04-01',
        phase: 'early_stage',
        registered_on: '2026-01-15',
        women_led: 'unknown',
        foreign_background: 'unknown',
        personal_data_erased: false,
      },
    ]);
  });

  it('keeps the classification history; of two on the same date the later recorded wins, in one batch or across batches', async () => {
    await fx.append(customerStream(VERKSTAD), [registered(VERKSTAD, 'Verkstads AB'), classified(VERKSTAD, 'bredd', '2026-01-01')]);
    await fx.catchUp(projection);
    // Reclassified between two interventions (2026-02-10 and 2026-05-01), and the first entry corrected.
    const reclassified = await fx.append(customerStream(VERKSTAD), [classified(VERKSTAD, 'spets', '2026-04-01'), classified(VERKSTAD, 'ideal', '2026-01-01')]);
    await fx.append(customerStream(VERKSTAD), [classified(VERKSTAD, 'spets', '2026-03-01'), classified(VERKSTAD, 'bredd', '2026-03-01')]);
    await fx.catchUp(projection);

    const history = await fx.rows('rm_customer_classifications', 'effective_from');
    expect(history.map(({ effective_from, target_group }) => ({ effective_from, target_group }))).toEqual([
      { effective_from: '2026-01-01', target_group: 'ideal' },
      { effective_from: '2026-03-01', target_group: 'bredd' },
      { effective_from: '2026-04-01', target_group: 'spets' },
    ]);
    expect({ commit: history[0].recorded_commit, prepare: history[0].recorded_prepare }).toEqual(reclassified);
    expect(await groupOn(fx, VERKSTAD, '2025-12-31')).toBe('unclassified');
    expect(await groupOn(fx, VERKSTAD, '2026-02-10')).toBe('ideal');
    expect(await groupOn(fx, VERKSTAD, '2026-05-01')).toBe('spets');

    // The overruled entry applied again (a hand repair, say) does not undo the correction.
    const [first] = (await fx.allEvents()).filter((e) => e.type === 'CustomerClassified');
    await applyDirectly(fx.dataSource, projection, [first]);
    expect(await fx.rows('rm_customer_classifications', 'effective_from')).toEqual(history);
  });

  it('opens the sealed owner answers, never stores the owner name, and reads them as unknown once erased, also after a rebuild', async () => {
    await fx.append(customerStream(VERKSTAD), [
      registered(VERKSTAD, 'Verkstads AB'),
      { type: 'OwnerProfileRecorded', data: { customerId: VERKSTAD, womenLed: 'yes', foreignBackground: 'no', ownerName: 'Anna Lindqvist', recordedOn: '2026-02-01' } },
    ]);
    await fx.append(customerStream(BAGERI), [
      registered(BAGERI, 'Bageri AB'),
      { type: 'OwnerProfileRecorded', data: { customerId: BAGERI, womenLed: 'no', foreignBackground: 'yes', recordedOn: '2026-02-02' } },
    ]);
    const [stored] = (await fx.store.readStream(customerStream(VERKSTAD))).filter((e) => e.type === 'OwnerProfileRecorded');
    expect(JSON.stringify(stored.data)).not.toContain('Anna');

    await fx.catchUp(projection);
    const owners = async () =>
      (await fx.rows('rm_customers', 'customer_id')).map(({ customer_id, women_led, foreign_background, personal_data_erased }) => ({
        customer_id,
        women_led,
        foreign_background,
        personal_data_erased,
      }));
    expect(await owners()).toEqual([
      { customer_id: VERKSTAD, women_led: 'yes', foreign_background: 'no', personal_data_erased: false },
      { customer_id: BAGERI, women_led: 'no', foreign_background: 'yes', personal_data_erased: false },
    ]);
    expect(JSON.stringify(await fx.snapshot(projection))).not.toContain('Anna');

    await fx.vault.erase(`customer:${VERKSTAD}`, 'admin-ada');
    await fx.append(customerStream(VERKSTAD), [{ type: 'CustomerPersonalDataErased', data: { customerId: VERKSTAD, requestedOn: '2026-05-01' } }]);
    await fx.catchUp(projection);
    const erased = [
      { customer_id: VERKSTAD, women_led: 'unknown', foreign_background: 'unknown', personal_data_erased: true },
      { customer_id: BAGERI, women_led: 'no', foreign_background: 'yes', personal_data_erased: false },
    ];
    expect(await owners()).toEqual(erased);

    const live = await fx.snapshot(projection);
    await fx.rebuild(projection);
    expect(await owners()).toEqual(erased);
    expect(await fx.snapshot(projection)).toEqual(live);
  });

  it('takes owner answers given again after an erasure (sealed under a new key), live and rebuilt alike', async () => {
    await fx.append(customerStream(VERKSTAD), [
      registered(VERKSTAD, 'Verkstads AB'),
      { type: 'OwnerProfileRecorded', data: { customerId: VERKSTAD, womenLed: 'yes', foreignBackground: 'yes', recordedOn: '2026-02-01' } },
    ]);
    await fx.vault.erase(`customer:${VERKSTAD}`, 'admin-ada');
    await fx.append(customerStream(VERKSTAD), [
      { type: 'CustomerPersonalDataErased', data: { customerId: VERKSTAD, requestedOn: '2026-03-01' } },
      { type: 'OwnerProfileRecorded', data: { customerId: VERKSTAD, womenLed: 'no', foreignBackground: 'yes', recordedOn: '2026-04-01' } },
    ]);

    await fx.catchUp(projection);
    const [row] = await fx.rows('rm_customers', 'customer_id');
    expect(row).toMatchObject({ women_led: 'no', foreign_background: 'yes', personal_data_erased: false });
    const live = await fx.snapshot(projection);
    await fx.rebuild(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
  });

  it('applying the same events again changes nothing, and a rebuild gives the rows of the live run', async () => {
    await fx.append(customerStream(VERKSTAD), [registered(VERKSTAD, 'Verkstads AB'), classified(VERKSTAD, 'bredd', '2026-01-01')]);
    await fx.catchUp(projection);
    await fx.append(customerStream(VERKSTAD), [
      { type: 'CustomerProfileUpdated', data: { customerId: VERKSTAD, updatedOn: '2026-03-01', name: 'Verkstäderna AB' } },
      classified(VERKSTAD, 'ideal', '2026-01-01'),
      { type: 'OwnerProfileRecorded', data: { customerId: VERKSTAD, womenLed: 'unknown', foreignBackground: 'no', recordedOn: '2026-03-02' } },
    ]);
    await fx.append(customerStream(BAGERI), [registered(BAGERI, 'Bageri AB'), classified(BAGERI, 'spets', '2026-02-01')]);
    await fx.catchUp(projection);
    const live = await fx.snapshot(projection);

    await fx.applyAllAgain(projection);
    expect(await fx.snapshot(projection)).toEqual(live);

    await fx.rebuild(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    expect(await fx.rows('rm_customers', 'customer_id')).toEqual([
      expect.objectContaining({ customer_id: VERKSTAD, name: 'Verkstäderna AB', women_led: 'unknown', foreign_background: 'no' }),
      expect.objectContaining({ customer_id: BAGERI, name: 'Bageri AB' }),
    ]);
    expect(await fx.rows('rm_customer_classifications', 'customer_id')).toEqual([
      expect.objectContaining({ customer_id: VERKSTAD, effective_from: '2026-01-01', target_group: 'ideal' }),
      expect.objectContaining({ customer_id: BAGERI, effective_from: '2026-02-01', target_group: 'spets' }),
    ]);
  });
});
