import type { Actor, BusinessDateWindow } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import type { BookProjectCost, BookProjectRevenue, RegisterFundingProject } from './funding.commands.js';
import { fundingProjectDecider as decider } from './funding.decider.js';
import type { FundingProjectRegistered, ProjectCostBooked, ProjectRevenueBooked } from './funding.events.js';
import { fundingProjectStream } from './funding.streams.js';

/** Wide enough for every date below: these tests are about other rules than the back-dating window. */
const WIDE_WINDOW: BusinessDateWindow = { today: '2030-12-31', backdatingDays: 100_000 };

const root: Actor = { userId: 'root', roles: ['admin'] };
const carl: Actor = { userId: 'carl', roles: ['controller'] };

const register = (overrides: Partial<RegisterFundingProject['data']> = {}): RegisterFundingProject => ({
  type: 'RegisterFundingProject',
  data: {
    projectId: 'eruf-2025',
    name: 'Grön omställning Mälardalen',
    funder: 'Europeiska regionala utvecklingsfonden',
    startsOn: '2025-01-01',
    endsOn: '2026-12-31',
    actor: root,
    ...overrides,
  },
});

const registered: FundingProjectRegistered = {
  type: 'FundingProjectRegistered',
  data: {
    projectId: 'eruf-2025',
    name: 'Grön omställning Mälardalen',
    funder: 'Europeiska regionala utvecklingsfonden',
    startsOn: '2025-01-01',
    endsOn: '2026-12-31',
    registeredBy: 'root',
  },
};

const bookCost = (overrides: Partial<BookProjectCost['data']> = {}): BookProjectCost => ({
  type: 'BookProjectCost',
  data: { window: WIDE_WINDOW, projectId: 'eruf-2025', entryId: 'c-1', bookedOn: '2025-03-31', amountOre: 4_500_000, description: 'Workshop venue', actor: carl, ...overrides },
});

const bookRevenue = (overrides: Partial<BookProjectRevenue['data']> = {}): BookProjectRevenue => ({
  type: 'BookProjectRevenue',
  data: {
    window: WIDE_WINDOW,
    projectId: 'eruf-2025',
    entryId: 'r-1',
    bookedOn: '2025-06-30',
    amountOre: 25_000_000,
    description: 'Grant instalment 1',
    actor: carl,
    ...overrides,
  },
});

const costBooked: ProjectCostBooked = {
  type: 'ProjectCostBooked',
  data: { projectId: 'eruf-2025', entryId: 'c-1', bookedOn: '2025-03-31', amountOre: 4_500_000, description: 'Workshop venue', bookedBy: 'carl' },
};

const revenueBooked: ProjectRevenueBooked = {
  type: 'ProjectRevenueBooked',
  data: { projectId: 'eruf-2025', entryId: 'r-1', bookedOn: '2025-06-30', amountOre: 25_000_000, description: 'Grant instalment 1', bookedBy: 'carl' },
};

describe('funding project (special assignment)', () => {
  it('lives in its own stream', () => {
    expect(fundingProjectStream('eruf-2025')).toBe('funding-project-eruf-2025');
  });

  describe('registering', () => {
    it('records a project with its funder and period', () => {
      given(decider, []).when(register()).then([registered]);
    });

    it('accepts a project of a single day', () => {
      given(decider, [])
        .when(register({ endsOn: '2025-01-01' }))
        .then([{ type: 'FundingProjectRegistered', data: { ...registered.data, endsOn: '2025-01-01' } }]);
    });

    it.each([['advisor' as const], ['credit_officer' as const], ['controller' as const]])('is refused to role %s', (role) => {
      given(decider, [])
        .when(register({ actor: { userId: 'x', roles: [role] } }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it('happens once per project id', () => {
      given(decider, [registered])
        .when(register({ name: 'Another name' }))
        .thenRefuses('conflict', 'funding-project-already-registered');
    });

    it.each<[string, Partial<RegisterFundingProject['data']>, string, string]>([
      ['a blank project id', { projectId: ' ' }, 'projectId', 'required'],
      ['no name', { name: '' }, 'name', 'required'],
      ['no funder', { funder: '' }, 'funder', 'required'],
      ['an impossible start', { startsOn: '2025-02-29' }, 'startsOn', 'invalid-date'],
      ['an impossible end', { endsOn: '2026-12-32' }, 'endsOn', 'invalid-date'],
      ['an end before the start', { endsOn: '2024-12-31' }, 'endsOn', 'ends-before-start'],
    ])('is refused as invalid with %s', (_, overrides, field, code) => {
      given(decider, []).when(register(overrides)).thenRefuses('invalid', code, field);
    });
  });

  const bookings: [string, (overrides?: Partial<BookProjectCost['data']>) => BookProjectCost | BookProjectRevenue, ProjectCostBooked | ProjectRevenueBooked][] = [
    ['cost', bookCost, costBooked],
    ['revenue', bookRevenue, revenueBooked],
  ];

  describe.each(bookings)('booking a %s', (_, command, booked) => {
    it('records the amount in öre within the project period', () => {
      given(decider, [registered]).when(command()).then([booked]);
    });

    it('accepts the first and the last day of the period', () => {
      given(decider, [registered])
        .when(command({ bookedOn: '2025-01-01' }))
        .then([{ type: booked.type, data: { ...booked.data, bookedOn: '2025-01-01' } }]);
      given(decider, [registered])
        .when(command({ bookedOn: '2026-12-31' }))
        .then([{ type: booked.type, data: { ...booked.data, bookedOn: '2026-12-31' } }]);
    });

    it('may be booked by an admin', () => {
      given(decider, [registered])
        .when(command({ actor: root }))
        .then([{ type: booked.type, data: { ...booked.data, bookedBy: 'root' } }]);
    });

    it('is refused before the project starts or after it ends', () => {
      given(decider, [registered])
        .when(command({ bookedOn: '2024-12-31' }))
        .thenRefuses('rule', 'booked-outside-project-period');
      given(decider, [registered])
        .when(command({ bookedOn: '2027-01-01' }))
        .thenRefuses('rule', 'booked-outside-project-period');
    });

    it('is refused on an unknown project', () => {
      given(decider, []).when(command()).thenRefuses('not_found', 'funding-project-not-found');
    });

    it('is refused for an entry id already booked as a cost or a revenue', () => {
      given(decider, [registered, booked]).when(command()).thenRefuses('conflict', 'project-entry-already-booked');
      given(decider, [registered, costBooked])
        .when(command({ entryId: 'c-1' }))
        .thenRefuses('conflict', 'project-entry-already-booked');
      given(decider, [registered, revenueBooked])
        .when(command({ entryId: 'r-1' }))
        .thenRefuses('conflict', 'project-entry-already-booked');
    });

    it.each([['advisor' as const], ['credit_officer' as const]])('is refused to role %s', (role) => {
      given(decider, [registered])
        .when(command({ actor: { userId: 'x', roles: [role] } }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it.each<[string, Partial<BookProjectCost['data']>, string, string]>([
      ['a blank entry id', { entryId: '' }, 'entryId', 'required'],
      ['an impossible date', { bookedOn: '2025-04-31' }, 'bookedOn', 'invalid-date'],
      ['a zero amount', { amountOre: 0 }, 'amountOre', 'invalid-amount-ore'],
      ['a negative amount', { amountOre: -100 }, 'amountOre', 'invalid-amount-ore'],
      ['a fraction of an öre', { amountOre: 100.5 }, 'amountOre', 'invalid-amount-ore'],
      ['an amount beyond safe integers', { amountOre: Number.MAX_SAFE_INTEGER + 1 }, 'amountOre', 'invalid-amount-ore'],
      ['no description', { description: ' ' }, 'description', 'required'],
    ])('is refused as invalid with %s', (_label, overrides, field, code) => {
      given(decider, [registered]).when(command(overrides)).thenRefuses('invalid', code, field);
    });
  });
});
