import { Module } from '@nestjs/common';
import { CustomerTimeHandler } from './queries/customer-time/customer-time.handler.js';
import { CustomerTimeRoute } from './queries/customer-time/customer-time.route.js';
import { FocusGroupsHandler } from './queries/focus-groups/focus-groups.handler.js';
import { FocusGroupsRoute } from './queries/focus-groups/focus-groups.route.js';
import { FocusGroupIndexHandler, FocusGroupIndexRoute } from './queries/focus-group-index/focus-group-index.route.js';
import { EngagementHandler, EngagementRoute } from './queries/employee-figures/engagement.route.js';
import { DiversityHandler, DiversityRoute } from './queries/employee-figures/diversity.route.js';
import { FreeEquityHandler, FreeEquityRoute } from './queries/free-equity/free-equity.route.js';
import { SustainabilityHandler, SustainabilityRoute } from './queries/sustainability/sustainability.route.js';
import { MunicipalitiesHandler, MunicipalitiesRoute } from './queries/municipalities/municipalities.route.js';
import { SpecialAssignmentApprovalsHandler, SpecialAssignmentApprovalsRoute } from './queries/special-assignment-approvals/special-assignment-approvals.route.js';
import { GrowthIndexHandler, GrowthIndexRoute } from './queries/growth-index/growth-index.route.js';
import { LoanVolumeHandler } from './queries/loan-volume/loan-volume.handler.js';
import { LoanVolumeRoute } from './queries/loan-volume/loan-volume.route.js';
import { MentorPairsHandler } from './queries/mentor-pairs/mentor-pairs.handler.js';
import { MentorPairsRoute } from './queries/mentor-pairs/mentor-pairs.route.js';
import { RecommendationsHandler } from './queries/recommendations/recommendations.handler.js';
import { RecommendationsRoute } from './queries/recommendations/recommendations.route.js';
import { SpecialAssignmentsHandler } from './queries/special-assignments/special-assignments.handler.js';
import { SpecialAssignmentsRoute } from './queries/special-assignments/special-assignments.route.js';
import { TargetGroupsHandler } from './queries/target-groups/target-groups.handler.js';
import { TargetGroupsRoute } from './queries/target-groups/target-groups.route.js';
import { TargetsHandler } from './queries/targets/targets.handler.js';
import { TargetsRoute } from './queries/targets/targets.route.js';
import { UniqueCustomersHandler } from './queries/unique-customers/unique-customers.handler.js';
import { UniqueCustomersRoute } from './queries/unique-customers/unique-customers.route.js';

/** GET /figures/*: one read-only route per figure group, for controllers and admins. */
export const scorecardRoutes = [
  LoanVolumeRoute,
  UniqueCustomersRoute,
  TargetGroupsRoute,
  CustomerTimeRoute,
  FocusGroupsRoute,
  RecommendationsRoute,
  SpecialAssignmentsRoute,
  MentorPairsRoute,
  TargetsRoute,
  GrowthIndexRoute,
  FocusGroupIndexRoute,
  EngagementRoute,
  DiversityRoute,
  FreeEquityRoute,
  SustainabilityRoute,
  MunicipalitiesRoute,
  SpecialAssignmentApprovalsRoute,
];

export const scorecardQueryHandlers = [
  LoanVolumeHandler,
  UniqueCustomersHandler,
  TargetGroupsHandler,
  CustomerTimeHandler,
  FocusGroupsHandler,
  RecommendationsHandler,
  SpecialAssignmentsHandler,
  MentorPairsHandler,
  TargetsHandler,
  GrowthIndexHandler,
  FocusGroupIndexHandler,
  EngagementHandler,
  DiversityHandler,
  FreeEquityHandler,
  SustainabilityHandler,
  MunicipalitiesHandler,
  SpecialAssignmentApprovalsHandler,
];

/**
 * The scorecard's queries. Needs, from the application: the read-model DataSource under READ_MODELS
 * and the ProjectionRunner under PROJECTION_RUNNER (both from #libs/projections), and the CQRS
 * QueryBus (PlatformModule exports CqrsModule).
 */
@Module({ controllers: scorecardRoutes, providers: scorecardQueryHandlers, exports: scorecardQueryHandlers })
export class ScorecardModule {}
