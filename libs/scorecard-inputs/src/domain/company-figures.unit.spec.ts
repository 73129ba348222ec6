import type { Actor } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import { companyAccountsDecider, hrFiguresDecider, significantActionsDecider } from './company-figures.decider.js';
import type { RecordEmployeeDiversity, RecordEmployeeSurveyResult, RecordQuarterAccounts, RecordSignificantActions } from './scorecard-inputs.commands.js';
import type { EmployeeDiversityRecorded, EmployeeSurveyResultRecorded, QuarterAccountsRecorded } from './scorecard-inputs.events.js';

const carl: Actor = { userId: 'carl', roles: ['controller'] };
const ada: Actor = { userId: 'ada', roles: ['admin'] };

/** An event as read back from the event store: jsonb orders keys by length, then bytewise. */
const asStoredInJsonb = <T>(value: T): T =>
  value instanceof Object
    ? (Object.fromEntries(
        Object.entries(value)
          .sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1))
          .map(([key, inner]) => [key, asStoredInJsonb(inner)]),
      ) as T)
    : value;

describe('quarterly accounts', () => {
  const record = (overrides: Partial<RecordQuarterAccounts['data']> = {}): RecordQuarterAccounts => ({
    type: 'RecordQuarterAccounts',
    data: { year: 2025, quarter: 1, freeEquityOre: 5_000_00, operatingCostsOre: 2_000_00, actor: carl, ...overrides },
  });
  const recorded = (overrides: Partial<QuarterAccountsRecorded['data']> = {}): QuarterAccountsRecorded => ({
    type: 'QuarterAccountsRecorded',
    data: { year: 2025, quarter: 1, freeEquityOre: 5_000_00, operatingCostsOre: 2_000_00, recordedBy: 'carl', ...overrides },
  });

  it('accept a negative free equity', () => {
    given(companyAccountsDecider, [])
      .when(record({ freeEquityOre: -1 }))
      .then([recorded({ freeEquityOre: -1 })]);
  });

  it.each<[string, unknown]>([
    ['a fraction of an öre', 1.5],
    ['a text', '100'],
    ['an amount beyond a safe integer', 2 ** 53],
  ])('refuse a free equity that is %s', (_, freeEquityOre) => {
    given(companyAccountsDecider, [])
      .when(record({ freeEquityOre: freeEquityOre as number }))
      .thenRefuses('invalid', 'invalid-free-equity-ore', 'freeEquityOre');
  });

  it('emit nothing for the same figures of the same quarter again', () => {
    given(companyAccountsDecider, [recorded()]).when(record()).then([]);
  });

  it('replace a quarter’s figures when either of them changes', () => {
    given(companyAccountsDecider, [recorded()])
      .when(record({ freeEquityOre: 5_000_01 }))
      .then([recorded({ freeEquityOre: 5_000_01 })]);
    given(companyAccountsDecider, [recorded()])
      .when(record({ operatingCostsOre: 2_000_01 }))
      .then([recorded({ operatingCostsOre: 2_000_01 })]);
  });

  it('keep each quarter apart: the same figures for another quarter are recorded', () => {
    given(companyAccountsDecider, [recorded()])
      .when(record({ quarter: 2 }))
      .then([recorded({ quarter: 2 })]);
    given(companyAccountsDecider, [recorded(), recorded({ quarter: 2, freeEquityOre: 1 })])
      .when(record())
      .then([]);
  });
});

describe('employee survey', () => {
  const survey = (overrides: Partial<RecordEmployeeSurveyResult['data']> = {}): RecordEmployeeSurveyResult => ({
    type: 'RecordEmployeeSurveyResult',
    data: { year: 2025, totalScore: 4, engagementIndex: 70, actor: carl, ...overrides },
  });
  const surveyed = (overrides: Partial<EmployeeSurveyResultRecorded['data']> = {}): EmployeeSurveyResultRecorded => ({
    type: 'EmployeeSurveyResultRecorded',
    data: { year: 2025, totalScore: 4, engagementIndex: 70, recordedBy: 'carl', ...overrides },
  });

  it('record the whole company’s result without region or respondents when none are given', () => {
    given(hrFiguresDecider, []).when(survey()).then([surveyed()]);
  });

  it('accept the bounds of the total score (1 and 5) and of the engagement index (0 and 100)', () => {
    given(hrFiguresDecider, [])
      .when(survey({ totalScore: 1, engagementIndex: 0 }))
      .then([surveyed({ totalScore: 1, engagementIndex: 0 })]);
    given(hrFiguresDecider, [])
      .when(survey({ totalScore: 5, engagementIndex: 100 }))
      .then([surveyed({ totalScore: 5, engagementIndex: 100 })]);
  });

  it.each<[string, Partial<RecordEmployeeSurveyResult['data']>, string, string]>([
    ['a total score below 1', { totalScore: 0.99 }, 'totalScore', 'invalid-total-score'],
    ['a total score above 5', { totalScore: 5.01 }, 'totalScore', 'invalid-total-score'],
    ['an engagement index below 0', { engagementIndex: -0.1 }, 'engagementIndex', 'invalid-engagement-index'],
    ['an engagement index above 100', { engagementIndex: 100.1 }, 'engagementIndex', 'invalid-engagement-index'],
    ['a fractional number of respondents', { respondents: 2.5 }, 'respondents', 'invalid-respondents'],
  ])('refuse %s', (_, overrides, field, code) => {
    given(hrFiguresDecider, []).when(survey(overrides)).thenRefuses('invalid', code, field);
  });

  it('emit nothing for the same result again, for the company or for a region', () => {
    given(hrFiguresDecider, [surveyed()]).when(survey()).then([]);
    given(hrFiguresDecider, [surveyed({ region: 'orebro' })])
      .when(survey({ region: 'orebro' }))
      .then([]);
  });

  it('replace an earlier result by a changed one', () => {
    given(hrFiguresDecider, [surveyed()])
      .when(survey({ totalScore: 4.5 }))
      .then([surveyed({ totalScore: 4.5 })]);
  });

  it('emit nothing for the same result again once the stream is read back from the event store', () => {
    given(hrFiguresDecider, [asStoredInJsonb(surveyed({ region: 'orebro', respondents: 21 }))])
      .when(survey({ region: 'orebro', respondents: 21 }))
      .then([]);
  });

  it('keep each region’s result apart from the other regions’ and the company’s', () => {
    const orebro = surveyed({ region: 'orebro' });
    const vastmanland = surveyed({ region: 'vastmanland', totalScore: 3 });
    given(hrFiguresDecider, [orebro, vastmanland])
      .when(survey({ region: 'orebro' }))
      .then([]);
    given(hrFiguresDecider, [orebro]).when(survey()).then([surveyed()]);
  });

  it('keep the survey apart from the diversity figures of the same scope', () => {
    const diversity: EmployeeDiversityRecorded = {
      type: 'EmployeeDiversityRecorded',
      data: {
        year: 2025,
        ageBands: { under_30: 1, from_30_to_49: 0, from_50: 0 },
        gender: { women: 1, men: 0, other: 0 },
        foreignBackground: { yes: 0, no: 1, unknown: 0 },
        recordedBy: 'carl',
      },
    };
    given(hrFiguresDecider, [surveyed(), diversity]).when(survey()).then([]);
  });
});

describe('employee diversity', () => {
  const counts = {
    ageBands: { under_30: 3, from_30_to_49: 12, from_50: 9 },
    gender: { women: 13, men: 10, other: 1 },
    foreignBackground: { yes: 4, no: 18, unknown: 2 },
  };
  const diversity = (overrides: Partial<RecordEmployeeDiversity['data']> = {}): RecordEmployeeDiversity => ({
    type: 'RecordEmployeeDiversity',
    data: { year: 2025, ...counts, actor: ada, ...overrides },
  });
  const recorded = (overrides: Partial<EmployeeDiversityRecorded['data']> = {}): EmployeeDiversityRecorded => ({
    type: 'EmployeeDiversityRecorded',
    data: { year: 2025, ...counts, recordedBy: 'ada', ...overrides },
  });

  it('record the counts of the whole company, or of one region', () => {
    given(hrFiguresDecider, []).when(diversity()).then([recorded()]);
    given(hrFiguresDecider, [])
      .when(diversity({ region: 'vastmanland' }))
      .then([recorded({ region: 'vastmanland' })]);
  });

  it('refuse gender or foreign-background counts that do not add up to the headcount', () => {
    given(hrFiguresDecider, [])
      .when(diversity({ gender: { women: 13, men: 10, other: 2 } }))
      .thenRefuses('invalid', 'headcounts-differ', 'gender');
    given(hrFiguresDecider, [])
      .when(diversity({ foreignBackground: { yes: 4, no: 18, unknown: 3 } }))
      .thenRefuses('invalid', 'headcounts-differ', 'foreignBackground');
    given(hrFiguresDecider, [])
      .when(diversity({ foreignBackground: { yes: 5, no: 18, unknown: 1 } }))
      .then([recorded({ foreignBackground: { yes: 5, no: 18, unknown: 1 } })]);
  });

  it.each<[string, Partial<RecordEmployeeDiversity['data']>, string, string]>([
    ['age bands', { ageBands: undefined as unknown as RecordEmployeeDiversity['data']['ageBands'] }, 'ageBands.under_30', 'invalid-age-bands.under_30'],
    ['gender counts', { gender: undefined as unknown as RecordEmployeeDiversity['data']['gender'] }, 'gender.women', 'invalid-gender.women'],
    [
      'foreign-background counts',
      { foreignBackground: undefined as unknown as RecordEmployeeDiversity['data']['foreignBackground'] },
      'foreignBackground.yes',
      'invalid-foreign-background.yes',
    ],
  ])('refuse missing %s on the first count', (_, overrides, field, code) => {
    given(hrFiguresDecider, []).when(diversity(overrides)).thenRefuses('invalid', code, field);
  });

  it('emit nothing for the same counts again once the stream is read back from the event store', () => {
    given(hrFiguresDecider, [asStoredInJsonb(recorded({ region: 'orebro' }))])
      .when(diversity({ region: 'orebro' }))
      .then([]);
  });

  it('emit nothing for the same counts of the same region again', () => {
    given(hrFiguresDecider, [recorded({ region: 'orebro' })])
      .when(diversity({ region: 'orebro' }))
      .then([]);
    given(hrFiguresDecider, [recorded({ region: 'orebro' })])
      .when(diversity())
      .then([recorded()]);
  });
});

describe('significant actions', () => {
  const record = (text: string, overrides: Partial<RecordSignificantActions['data']> = {}): RecordSignificantActions => ({
    type: 'RecordSignificantActions',
    data: { year: 2025, text, actor: carl, ...overrides },
  });

  it('accept a text of up to 20,000 characters and refuse a longer one', () => {
    const longest = 'a'.repeat(20_000);
    given(significantActionsDecider, [])
      .when(record(longest))
      .then([{ type: 'SignificantActionsRecorded', data: { year: 2025, text: longest, recordedBy: 'carl' } }]);
    given(significantActionsDecider, [])
      .when(record(`${longest}a`))
      .thenRefuses('invalid', 'invalid-text', 'text');
  });

  it('emit nothing for the same text again, and replace it by another', () => {
    const earlier = { type: 'SignificantActionsRecorded' as const, data: { year: 2025, text: 'Ny rådgivning', recordedBy: 'carl' } };
    given(significantActionsDecider, [earlier]).when(record('Ny rådgivning')).then([]);
    given(significantActionsDecider, [earlier])
      .when(record('Ny rådgivning i Örebro'))
      .then([{ type: 'SignificantActionsRecorded', data: { year: 2025, text: 'Ny rådgivning i Örebro', recordedBy: 'carl' } }]);
  });
});
