import type { Actor, BusinessDateWindow } from '#libs/decider';
import type { OrganisationNumber } from '#libs/customers';
import { given } from '../../../decider/src/testing.js';
import type { ConcludeMentorPair, EraseMentorName, MatchMentorPair } from './advisory.commands.js';
import { advisoryPersonalDataFields, type MentorNameErased, type MentorPairConcluded, type MentorPairMatched } from './advisory.events.js';
import { mentorPairDecider as decider } from './mentor-pair.decider.js';
import { mentorPairStream } from './advisory.streams.js';

/** Wide enough for every date below: these tests are about other rules than the back-dating window. */
const WIDE_WINDOW: BusinessDateWindow = { today: '2030-12-31', backdatingDays: 100_000 };

const anna: Actor = { userId: 'anna', roles: ['advisor'] };
const customerId = '8024001235' as OrganisationNumber;

const match = (overrides: Partial<MatchMentorPair['data']> = {}): MatchMentorPair => ({
  type: 'MatchMentorPair',
  data: {
    window: WIDE_WINDOW,
    pairId: 'p-1',
    programme: 'mentor_starta_foretag',
    mentorName: 'Karin Lindqvist',
    customerId: '802400-1235',
    matchedOn: '2025-02-01',
    actor: anna,
    ...overrides,
  },
});

const conclude = (overrides: Partial<ConcludeMentorPair['data']> = {}): ConcludeMentorPair => ({
  type: 'ConcludeMentorPair',
  data: { window: WIDE_WINDOW, pairId: 'p-1', concludedOn: '2026-01-31', actor: anna, ...overrides },
});

const ada: Actor = { userId: 'ada', roles: ['admin'] };

const erase = (overrides: Partial<EraseMentorName['data']> = {}): EraseMentorName => ({
  type: 'EraseMentorName',
  data: { pairId: 'p-1', requestedOn: '2026-03-10', actor: ada, ...overrides },
});

const erased: MentorNameErased = { type: 'MentorNameErased', data: { pairId: 'p-1', customerId, requestedOn: '2026-03-10' } };

const matched: MentorPairMatched = {
  type: 'MentorPairMatched',
  data: { pairId: 'p-1', programme: 'mentor_starta_foretag', mentorName: 'Karin Lindqvist', customerId, matchedOn: '2025-02-01', matchedBy: 'anna' },
};

const concluded: MentorPairConcluded = {
  type: 'MentorPairConcluded',
  data: { pairId: 'p-1', programme: 'mentor_starta_foretag', customerId, matchedOn: '2025-02-01', concludedOn: '2026-01-31' },
};

describe('mentor pair', () => {
  it('lives in its own stream', () => {
    expect(mentorPairStream('p-1')).toBe('mentor-pair-p-1');
  });

  it('declares the mentor name as personal data', () => {
    expect(advisoryPersonalDataFields).toEqual({ MentorPairMatched: ['mentorName'] });
  });

  describe('matching', () => {
    it('pairs a mentor with a customer in a programme', () => {
      given(decider, []).when(match()).then([matched]);
    });

    it('accepts the programme Mentor Utveckla Företag and a funding project', () => {
      given(decider, [])
        .when(match({ programme: 'mentor_utveckla_foretag', fundingProjectId: 'eruf-2025' }))
        .then([{ type: 'MentorPairMatched', data: { ...matched.data, programme: 'mentor_utveckla_foretag', fundingProjectId: 'eruf-2025' } }]);
    });

    it.each([['credit_officer' as const], ['controller' as const], ['admin' as const]])('is refused to role %s', (role) => {
      given(decider, [])
        .when(match({ actor: { userId: 'x', roles: [role] } }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it('happens once per pair id', () => {
      given(decider, [matched]).when(match()).thenRefuses('conflict', 'mentor-pair-already-matched');
    });

    it.each<[string, Partial<MatchMentorPair['data']>, string, string]>([
      ['a blank pair id', { pairId: '' }, 'pairId', 'required'],
      ['a module that is not a mentor programme', { programme: 'behovssamtal' as MatchMentorPair['data']['programme'] }, 'programme', 'invalid-programme'],
      ['no mentor name', { mentorName: ' ' }, 'mentorName', 'required'],
      ['an invalid organisationsnummer', { customerId: 'abc' }, 'customerId', 'invalid-organisation-number'],
      ['an impossible date', { matchedOn: '2025-02-29' }, 'matchedOn', 'invalid-date'],
      ['a blank funding project', { fundingProjectId: '' }, 'fundingProjectId', 'required'],
    ])('is refused as invalid with %s', (_, overrides, field, code) => {
      given(decider, []).when(match(overrides)).thenRefuses('invalid', code, field);
    });
  });

  describe('concluding', () => {
    it('ends a matched pair, without the mentor name', () => {
      given(decider, [matched]).when(conclude()).then([concluded]);
    });

    it('carries the funding project of the pair', () => {
      const funded: MentorPairMatched = { type: 'MentorPairMatched', data: { ...matched.data, fundingProjectId: 'eruf-2025' } };
      given(decider, [funded])
        .when(conclude())
        .then([{ type: 'MentorPairConcluded', data: { ...concluded.data, fundingProjectId: 'eruf-2025' } }]);
    });

    it('may happen on the day of matching', () => {
      given(decider, [matched])
        .when(conclude({ concludedOn: '2025-02-01' }))
        .then([{ type: 'MentorPairConcluded', data: { ...concluded.data, concludedOn: '2025-02-01' } }]);
    });

    it('is refused before the day of matching', () => {
      given(decider, [matched])
        .when(conclude({ concludedOn: '2025-01-31' }))
        .thenRefuses('rule', 'concluded-before-matched');
    });

    it('is refused for an unknown pair', () => {
      given(decider, []).when(conclude()).thenRefuses('not_found', 'mentor-pair-not-found');
    });

    it('happens only once', () => {
      given(decider, [matched, concluded]).when(conclude()).thenRefuses('conflict', 'mentor-pair-already-concluded');
    });

    it.each([['credit_officer' as const], ['controller' as const], ['admin' as const]])('is refused to role %s', (role) => {
      given(decider, [matched])
        .when(conclude({ actor: { userId: 'x', roles: [role] } }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it('is refused as invalid with an impossible date', () => {
      given(decider, [matched])
        .when(conclude({ concludedOn: '2026-02-30' }))
        .thenRefuses('invalid', 'invalid-date', 'concludedOn');
    });
  });

  describe('erasing the mentor name', () => {
    it('records that the request was honoured, naming the pair, its customer and the day of the request', () => {
      given(decider, [matched]).when(erase()).then([erased]);
    });

    it('is honoured for a concluded pair too', () => {
      given(decider, [matched, concluded]).when(erase()).then([erased]);
    });

    it('is recorded again when asked again, though nothing is held any more', () => {
      given(decider, [matched, erased])
        .when(erase({ requestedOn: '2026-04-01' }))
        .then([{ type: 'MentorNameErased', data: { ...erased.data, requestedOn: '2026-04-01' } }]);
    });

    it('leaves the pair as it was: a pair whose mentor name is erased can still be concluded, once', () => {
      given(decider, [matched, erased]).when(conclude()).then([concluded]);
      given(decider, [matched, erased]).when(match()).thenRefuses('conflict', 'mentor-pair-already-matched');
    });

    it('is refused for an unknown pair', () => {
      given(decider, []).when(erase()).thenRefuses('not_found', 'mentor-pair-not-found');
    });

    it.each([['advisor' as const], ['credit_officer' as const], ['controller' as const]])('is refused to role %s', (role) => {
      given(decider, [matched])
        .when(erase({ actor: { userId: 'x', roles: [role] } }))
        .thenRefuses('forbidden', 'role-not-allowed');
    });

    it('is refused as invalid with an impossible request date', () => {
      given(decider, [matched])
        .when(erase({ requestedOn: '2026-02-30' }))
        .thenRefuses('invalid', 'invalid-date', 'requestedOn');
    });
  });
});
