import { Module } from '@nestjs/common';
import { CustomerFinancialsRoute, ImportCustomerFinancialsHandler, RecordCustomerFinancialsHandler } from './commands/customer-financials.commands.js';
import { ScorecardInputHandler, ScorecardInputsRoute } from './commands/company-inputs.commands.js';

/** The scorecard inputs' HTTP routes and their command handlers. */
export const scorecardInputsRoutes = [CustomerFinancialsRoute, ScorecardInputsRoute];
export const scorecardInputsCommandHandlers = [RecordCustomerFinancialsHandler, ImportCustomerFinancialsHandler, ScorecardInputHandler];

@Module({ controllers: scorecardInputsRoutes, providers: scorecardInputsCommandHandlers })
export class ScorecardInputsModule {}
