/**
 * The scorecard metrics a target (and a deviation comment) can be set for. Units: 'count' is a whole
 * number, 'ore' an amount in öre, 'share' a fraction 0..1, 'percent' a number of percent (2 = 2 %), 'number' any
 * other number (an index where 100 is par, a score 1–5, a number of months).
 */
export type MetricUnit = 'count' | 'ore' | 'share' | 'percent' | 'number';

export interface ScorecardMetric {
  readonly key: string;
  readonly unit: MetricUnit;
  readonly description: string;
}

export const scorecardMetrics = [
  { key: 'unique_customers_advisory', unit: 'count', description: 'Unique customers with a delivered module or an advisory session in the period' },
  { key: 'unique_customers_total', unit: 'count', description: 'Unique customers over Advisory and Loans in the period' },
  { key: 'delivery_modules', unit: 'count', description: 'Delivery modules delivered in the period, minus those voided' },
  { key: 'loans_granted', unit: 'count', description: 'Loans granted (decision approved) in the period' },
  { key: 'granted_volume', unit: 'ore', description: 'Amount of the loans granted in the period' },
  { key: 'new_lending_volume', unit: 'ore', description: 'Amount disbursed in the period' },
  { key: 'return_on_lending', unit: 'percent', description: 'Return on lending, annual %, over the rolling 12 quarters ending with the period' },
  { key: 'customer_time_share', unit: 'share', description: 'Customer minutes ÷ worked minutes (customer + internal)' },
  { key: 'recommendation_share', unit: 'share', description: 'Survey answers that would recommend Almi ÷ all answers' },
  { key: 'women_led_share_loans', unit: 'share', description: 'Share of loans granted to women-led companies (of those with the attribute known)' },
  { key: 'foreign_background_share_loans', unit: 'share', description: 'Share of loans granted to companies with foreign background (of those known)' },
  { key: 'women_led_share_advisory', unit: 'share', description: 'Share of unique advisory customers that are women-led (of those known)' },
  { key: 'foreign_background_share_advisory', unit: 'share', description: 'Share of unique advisory customers with foreign background (of those known)' },
  { key: 'early_stage_share_loans', unit: 'share', description: 'Share of loans granted to early-stage companies (of those known)' },
  { key: 'early_stage_share_advisory', unit: 'share', description: 'Share of unique advisory customers in an early stage (of those known)' },
  { key: 'interventions_bredd', unit: 'count', description: 'Interventions (loans granted + modules delivered) for customers in target group Bredd' },
  { key: 'interventions_ideal', unit: 'count', description: 'Interventions (loans granted + modules delivered) for customers in target group Ideal' },
  { key: 'interventions_spets', unit: 'count', description: 'Interventions (loans granted + modules delivered) for customers in target group Spets' },
  { key: 'growth_index', unit: 'number', description: 'Growth index for the cohort year: customers versus the control group, 100 = par' },
  { key: 'focus_group_index', unit: 'number', description: 'Focus-group index: unique customers’ focus-group shares ÷ the business population’s, 100 = par' },
  { key: 'employee_total_score', unit: 'number', description: 'Employee survey total score 1–5 (directive: at least 4.0)' },
  { key: 'employee_engagement_index', unit: 'number', description: 'Employee survey engagement index 0–100' },
  { key: 'free_equity_months', unit: 'number', description: 'Free equity in months of operating costs at the quarter end (directive: 3 to 6)' },
  { key: 'sustainability_share', unit: 'share', description: 'Advisory sessions with sustainability discussed ÷ all advisory sessions' },
  { key: 'sustainability_workshops', unit: 'count', description: 'Hållbarhetsworkshop modules delivered, not voided' },
  { key: 'employee_women_share', unit: 'share', description: 'Board’s diversity goal: women ÷ employees' },
  { key: 'employee_foreign_background_share', unit: 'share', description: 'Board’s diversity goal: employees with foreign background ÷ those known' },
  { key: 'employee_under_30_share', unit: 'share', description: 'Board’s diversity goal: employees under 30 ÷ employees' },
  { key: 'employee_from_50_share', unit: 'share', description: 'Board’s diversity goal: employees 50 or older ÷ employees' },
  { key: 'special_assignments_flagged', unit: 'count', description: 'Special assignments with activity before they were fully approved' },
] as const satisfies readonly ScorecardMetric[];

export type ScorecardMetricKey = (typeof scorecardMetrics)[number]['key'];

export const SCORECARD_METRIC_KEYS: readonly ScorecardMetricKey[] = scorecardMetrics.map((m) => m.key);

const UNITS = Object.fromEntries(scorecardMetrics.map((m) => [m.key, m.unit])) as Record<ScorecardMetricKey, MetricUnit>;

export const metricUnit = (key: ScorecardMetricKey): MetricUnit => UNITS[key];
