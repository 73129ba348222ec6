import {
  AddAdvisoryFigureIndexes1795305810003,
  AdvisorySessionRow,
  CreateAdvisoryReadModels1795305700004,
  MentorPairRow,
  ModuleDeliveryRow,
  advisoryProjection,
} from '#libs/advisory';
import {
  AddCustomerTimeFigureIndexes1795305810004,
  AddTimeEntryRevision1795305890017,
  CreateCustomerTimeReadModels1795305700005,
  TimeDailyRow,
  TimeEntryRow,
  TimeMonthlyRow,
  customerTimeProjection,
} from '#libs/customer-time';
import { AddCustomerFigureIndexes1795305810002, CreateCustomersReadModels1795305700001, CustomerClassificationRow, CustomerRow, customersProjection } from '#libs/customers';
import { CreateFundingReadModels1795305700007, FundingEntryRow, FundingProjectRow, fundingProjection } from '#libs/funding';
import {
  AddLoanMoneyRollup1795305810001,
  CreateLoansReadModels1795305700003,
  LoanCustomerRegionRow,
  LoanMoneyMonthlyRow,
  LoanRow,
  LoanTransactionRow,
  loansProjection,
} from '#libs/loans';
import type { PersonalDataCodec } from '#libs/platform';
import {
  AddReadRouteIndexes1795309100002,
  CreateCustomerDirectory1795309100001,
  CreateLoanBook1795309100003,
  CreateTimeEntryHistory1795309100004,
  CreateCreditCertifications1795309100005,
  creditCertificationsProjection,
  customerDirectoryProjection,
  loanBookProjection,
  timeEntryHistoryProjection,
} from '#libs/read-side';
import { CreateScorecardInputsReadModels1795312120001, scorecardInputsProjection } from '#libs/scorecard-inputs';
import { CreateStaffReadModels1795305700002, EmployeeRow, staffProjection } from '#libs/staff';
import { CreateSurveysReadModels1795305700006, SurveyAnswerRow, surveysProjection } from '#libs/surveys';
import { BenchmarkRow, CreateTargetsReadModels1795305700008, DeviationCommentRow, TargetRow, targetsProjection } from '#libs/targets';
import { CreateProjectionCheckpoints1795305600000, ProjectionCheckpointEntity, type Projection, type ReadModelClass } from '#libs/projections';
import type { EntitySchema } from 'typeorm';

export interface ProjectionDeps {
  /** Opens the sealed personal fields (owner answers); built with the same rules the api seals with (personal-data-rules.ts). */
  readonly codec: PersonalDataCodec;
}

/**
 * Every read model the projector (or the api, in-process) runs. The composition lives here, not in
 * libs/projections: the framework knows no business area; this library imports them all, and both apps use it.
 */
export function createProjections({ codec }: ProjectionDeps): Projection[] {
  return [
    customersProjection(codec),
    staffProjection(),
    loansProjection(),
    advisoryProjection(),
    customerTimeProjection(),
    surveysProjection(),
    fundingProjection(),
    targetsProjection(),
    customerDirectoryProjection(codec),
    loanBookProjection(),
    timeEntryHistoryProjection(),
    creditCertificationsProjection(),
    scorecardInputsProjection(),
  ];
}

export const readModelEntities: readonly (ReadModelClass | EntitySchema)[] = [
  ProjectionCheckpointEntity,
  CustomerRow,
  CustomerClassificationRow,
  EmployeeRow,
  LoanRow,
  LoanTransactionRow,
  LoanMoneyMonthlyRow,
  LoanCustomerRegionRow,
  AdvisorySessionRow,
  ModuleDeliveryRow,
  MentorPairRow,
  TimeEntryRow,
  TimeDailyRow,
  TimeMonthlyRow,
  SurveyAnswerRow,
  FundingProjectRow,
  FundingEntryRow,
  TargetRow,
  BenchmarkRow,
  DeviationCommentRow,
];

export const readModelMigrations: readonly ReadModelClass[] = [
  CreateProjectionCheckpoints1795305600000,
  CreateCustomersReadModels1795305700001,
  CreateStaffReadModels1795305700002,
  CreateLoansReadModels1795305700003,
  CreateAdvisoryReadModels1795305700004,
  CreateCustomerTimeReadModels1795305700005,
  CreateSurveysReadModels1795305700006,
  CreateFundingReadModels1795305700007,
  CreateTargetsReadModels1795305700008,
  AddLoanMoneyRollup1795305810001,
  AddCustomerFigureIndexes1795305810002,
  AddAdvisoryFigureIndexes1795305810003,
  AddCustomerTimeFigureIndexes1795305810004,
  AddTimeEntryRevision1795305890017,
  CreateCustomerDirectory1795309100001,
  AddReadRouteIndexes1795309100002,
  CreateLoanBook1795309100003,
  CreateTimeEntryHistory1795309100004,
  CreateCreditCertifications1795309100005,
  CreateScorecardInputsReadModels1795312120001,
];
