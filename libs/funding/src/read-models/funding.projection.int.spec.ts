import { readModelFixture, type ReadModelFixture } from '../../../composition/src/testing/read-model-fixture.js';
import type { FundingEvent } from '../domain/funding.events.js';
import { fundingProjectStream } from '../domain/funding.streams.js';
import { fundingProjection } from './funding.projection.js';

const booked = (type: 'ProjectCostBooked' | 'ProjectRevenueBooked', projectId: string, entryId: string, bookedOn: string, amountOre: number): FundingEvent => ({
  type,
  data: { projectId, entryId, bookedOn, amountOre, description: `${type} ${entryId}`, bookedBy: 'ctrl-carl' },
});

describe('funding projection', () => {
  let fx: ReadModelFixture;
  const projection = fundingProjection();
  beforeEach(async () => {
    fx = await readModelFixture('funding_rm');
  });
  afterEach(async () => {
    await fx.dispose();
  });

  it('keeps projects and their costs and revenues by project and entry; applying again changes nothing, a rebuild gives the live rows', async () => {
    await fx.append(fundingProjectStream('eu-1'), [
      {
        type: 'FundingProjectRegistered',
        data: { projectId: 'eu-1', name: 'Regional tillväxt', funder: 'Tillväxtverket', startsOn: '2026-01-01', endsOn: '2027-12-31', registeredBy: 'ctrl-carl' },
      },
      booked('ProjectCostBooked', 'eu-1', 'k1', '2026-02-28', 12_500_000),
    ]);
    await fx.append(fundingProjectStream('eu-2'), [
      {
        type: 'FundingProjectRegistered',
        data: { projectId: 'eu-2', name: 'Kapitalförsörjning', funder: 'ERUF', startsOn: '2026-03-01', endsOn: '2026-12-31', registeredBy: 'ctrl-carl' },
      },
      // Entry ids are per project: the same id in another project is another entry.
      booked('ProjectRevenueBooked', 'eu-2', 'k1', '2026-03-31', 30_000_000),
    ]);
    await fx.catchUp(projection);
    await fx.append(fundingProjectStream('eu-1'), [booked('ProjectRevenueBooked', 'eu-1', 'i1', '2026-03-31', 20_000_000)]);
    await fx.catchUp(projection);

    expect(await fx.rows('rm_funding_projects', 'project_id')).toEqual([
      { project_id: 'eu-1', name: 'Regional tillväxt', funder: 'Tillväxtverket', starts_on: '2026-01-01', ends_on: '2027-12-31' },
      { project_id: 'eu-2', name: 'Kapitalförsörjning', funder: 'ERUF', starts_on: '2026-03-01', ends_on: '2026-12-31' },
    ]);
    expect(await fx.rows('rm_funding_entries', 'project_id, entry_id')).toEqual([
      { project_id: 'eu-1', entry_id: 'i1', kind: 'revenue', booked_on: '2026-03-31', amount_ore: 20_000_000, description: 'ProjectRevenueBooked i1' },
      { project_id: 'eu-1', entry_id: 'k1', kind: 'cost', booked_on: '2026-02-28', amount_ore: 12_500_000, description: 'ProjectCostBooked k1' },
      { project_id: 'eu-2', entry_id: 'k1', kind: 'revenue', booked_on: '2026-03-31', amount_ore: 30_000_000, description: 'ProjectRevenueBooked k1' },
    ]);
    const live = await fx.snapshot(projection);
    await fx.applyAllAgain(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    await fx.rebuild(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
  });
});
