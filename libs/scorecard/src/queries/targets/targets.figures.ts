import { scorecardMetrics, type ScorecardMetricKey } from '#libs/targets';
import { scopeOf, type ReadModelSql } from '../../figures.js';
import { targetScopeOf, type FigureFilter } from '../../period.js';
import { customerTimeFigures } from '../customer-time/customer-time.figures.js';
import type { CustomerTimeResponse } from '../customer-time/customer-time.response.js';
import { focusGroupsFigures } from '../focus-groups/focus-groups.figures.js';
import type { FocusGroupsResponse } from '../focus-groups/focus-groups.response.js';
import { loanVolumeFigures } from '../loan-volume/loan-volume.figures.js';
import type { LoanVolumeResponse } from '../loan-volume/loan-volume.response.js';
import { recommendationsFigures } from '../recommendations/recommendations.figures.js';
import type { RecommendationsResponse } from '../recommendations/recommendations.response.js';
import { targetGroupsFigures } from '../target-groups/target-groups.figures.js';
import type { TargetGroupsResponse } from '../target-groups/target-groups.response.js';
import { uniqueCustomersFigures } from '../unique-customers/unique-customers.figures.js';
import type { UniqueCustomersResponse } from '../unique-customers/unique-customers.response.js';
import type { TargetOutcomeDto, TargetsResponse } from './targets.response.js';
import { diversityFigures, engagementFigures } from '../employee-figures/employee-figures.figures.js';
import type { DiversityResponse, EngagementResponse } from '../employee-figures/employee-figures.response.js';
import { focusGroupIndexFigures } from '../focus-group-index/focus-group-index.figures.js';
import type { FocusGroupIndexResponse } from '../focus-group-index/focus-group-index.response.js';
import { freeEquityFigures } from '../free-equity/free-equity.figures.js';
import type { FreeEquityResponse } from '../free-equity/free-equity.response.js';
import { growthIndexFigures } from '../growth-index/growth-index.figures.js';
import type { GrowthIndexResponse } from '../growth-index/growth-index.response.js';
import { specialAssignmentApprovalsFigures } from '../special-assignment-approvals/special-assignment-approvals.figures.js';
import type { SpecialAssignmentApprovalsResponse } from '../special-assignment-approvals/special-assignment-approvals.response.js';
import { sustainabilityFigures } from '../sustainability/sustainability.figures.js';
import type { SustainabilityResponse } from '../sustainability/sustainability.response.js';

interface Groups {
  loans: LoanVolumeResponse;
  customers: UniqueCustomersResponse;
  targetGroups: TargetGroupsResponse;
  time: CustomerTimeResponse;
  recommendations: RecommendationsResponse;
  focus: FocusGroupsResponse;
  growth: GrowthIndexResponse;
  focusIndex: FocusGroupIndexResponse;
  engagement: EngagementResponse;
  diversity: DiversityResponse;
  equity: FreeEquityResponse;
  sustainability: SustainabilityResponse;
  approvals: SpecialAssignmentApprovalsResponse;
}

type Outcome = { [G in keyof Groups]: { group: G; value: (figures: Groups[G]) => number | null } }[keyof Groups];

const outcome = <G extends keyof Groups>(group: G, value: (figures: Groups[G]) => number | null): Outcome => ({ group, value }) as Outcome;

const interventions = (group: string) => (f: TargetGroupsResponse) => f.groups.find((g) => g.targetGroup === group)?.total.count ?? 0;

/** Where each metric's outcome comes from: the same functions the figure routes answer with. */
const OUTCOMES: Record<ScorecardMetricKey, Outcome> = {
  unique_customers_advisory: outcome('customers', (f) => f.uniqueCustomers.advisory),
  unique_customers_total: outcome('customers', (f) => f.uniqueCustomers.total),
  delivery_modules: outcome('customers', (f) => f.deliveryModules.total),
  loans_granted: outcome('loans', (f) => f.totals.loansGranted),
  granted_volume: outcome('loans', (f) => f.totals.grantedVolumeOre),
  new_lending_volume: outcome('loans', (f) => f.totals.newLendingVolumeOre),
  return_on_lending: outcome('loans', (f) => f.returnOnLending.returnPercent),
  customer_time_share: outcome('time', (f) => f.total.share),
  recommendation_share: outcome('recommendations', (f) => f.share),
  women_led_share_loans: outcome('focus', (f) => f.loans.womenLed.share),
  foreign_background_share_loans: outcome('focus', (f) => f.loans.foreignBackground.share),
  women_led_share_advisory: outcome('focus', (f) => f.advisory.womenLed.share),
  foreign_background_share_advisory: outcome('focus', (f) => f.advisory.foreignBackground.share),
  early_stage_share_loans: outcome('focus', (f) => f.loans.earlyStage.share),
  early_stage_share_advisory: outcome('focus', (f) => f.advisory.earlyStage.share),
  interventions_bredd: outcome('targetGroups', interventions('bredd')),
  interventions_ideal: outcome('targetGroups', interventions('ideal')),
  interventions_spets: outcome('targetGroups', interventions('spets')),
  growth_index: outcome('growth', (f) => f.index),
  focus_group_index: outcome('focusIndex', (f) => f.index),
  employee_total_score: outcome('engagement', (f) => f.result?.totalScore ?? null),
  employee_engagement_index: outcome('engagement', (f) => f.result?.engagementIndex ?? null),
  free_equity_months: outcome('equity', (f) => f.atPeriodEnd?.months ?? null),
  sustainability_share: outcome('sustainability', (f) => f.share),
  sustainability_workshops: outcome('sustainability', (f) => f.workshops),
  employee_women_share: outcome('diversity', (f) => f.result?.shares.women ?? null),
  employee_foreign_background_share: outcome('diversity', (f) => f.result?.shares.foreignBackground ?? null),
  employee_under_30_share: outcome('diversity', (f) => f.result?.shares.under30 ?? null),
  employee_from_50_share: outcome('diversity', (f) => f.result?.shares.from50 ?? null),
  special_assignments_flagged: outcome('approvals', (f) => f.flaggedProjects),
};

const compute: { [G in keyof Groups]: (sql: ReadModelSql, filter: FigureFilter) => Promise<Groups[G]> } = {
  loans: loanVolumeFigures,
  customers: (sql, filter) => uniqueCustomersFigures(sql, filter, false),
  targetGroups: targetGroupsFigures,
  time: (sql, filter) => customerTimeFigures(sql, filter, 'year'),
  recommendations: recommendationsFigures,
  focus: focusGroupsFigures,
  growth: growthIndexFigures,
  focusIndex: focusGroupIndexFigures,
  engagement: engagementFigures,
  diversity: diversityFigures,
  equity: freeEquityFigures,
  sustainability: sustainabilityFigures,
  approvals: specialAssignmentApprovalsFigures,
};

const TARGETS_SQL = `
SELECT t.metric, t.unit, t.value, d.comment, d.recorded_by
  FROM rm_targets t
  LEFT JOIN rm_deviation_comments d ON d.metric = t.metric AND d.year = t.year AND d.quarter = t.quarter AND d.region = t.region
 WHERE t.year = $1::int AND t.quarter = $2::int AND t.region = $3::text`;

interface TargetRow {
  metric: string;
  unit: string;
  value: number;
  comment: string | null;
  recorded_by: string | null;
}

const CATALOGUE_ORDER = new Map<string, number>(scorecardMetrics.map((m, i) => [m.key, i]));
const isMetricKey = (key: string): key is ScorecardMetricKey => CATALOGUE_ORDER.has(key);

/**
 * Figure 13: the targets set for exactly this period's scope (a year: quarter 0; a quarter; a
 * month or other range has none) and region ('' = both), each against its outcome for the same
 * period and region, with the controller's comment on that scope. Only the figure groups some
 * target needs are computed.
 */
export async function targetsFigures(sql: ReadModelSql, filter: FigureFilter): Promise<TargetsResponse> {
  const scope = targetScopeOf(filter.period);
  if (scope === undefined) return { ...scopeOf(filter), scope: null, targets: [] };
  const region = filter.region ?? '';
  const rows = (await sql.query(TARGETS_SQL, [scope.year, scope.quarter, region])) as TargetRow[];

  const needed = [...new Set(rows.filter((r) => isMetricKey(r.metric)).map((r) => OUTCOMES[r.metric as ScorecardMetricKey].group))];
  const computed = Object.fromEntries(await Promise.all(needed.map(async (group) => [group, await compute[group](sql, filter)] as const))) as Partial<Groups>;

  const valueOf = (metric: string): number | null => {
    if (!isMetricKey(metric)) return null;
    const { group, value } = OUTCOMES[metric];
    const figures = computed[group];
    return figures === undefined ? null : (value as (f: unknown) => number | null)(figures);
  };

  const targets: TargetOutcomeDto[] = rows
    .sort((a, b) => (CATALOGUE_ORDER.get(a.metric) ?? Infinity) - (CATALOGUE_ORDER.get(b.metric) ?? Infinity) || (a.metric < b.metric ? -1 : 1))
    .map((row) => {
      const target = Number(row.value);
      const result = valueOf(row.metric);
      const deviation = result === null ? null : result - target;
      return {
        metric: row.metric,
        unit: row.unit,
        target,
        outcome: result,
        deviation,
        deviationPercent: deviation === null || target === 0 ? null : (deviation / target) * 100,
        comment: row.comment === null ? null : { comment: row.comment, recordedBy: row.recorded_by ?? '' },
      };
    });
  return { ...scopeOf(filter), scope: { year: scope.year, quarter: scope.quarter, region }, targets };
}
