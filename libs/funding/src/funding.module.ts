import { Module } from '@nestjs/common';
import { BookProjectCostHandler } from './commands/book-project-cost/book-project-cost.handler.js';
import { BookProjectCostRoute } from './commands/book-project-cost/book-project-cost.route.js';
import { BookProjectRevenueHandler } from './commands/book-project-revenue/book-project-revenue.handler.js';
import { BookProjectRevenueRoute } from './commands/book-project-revenue/book-project-revenue.route.js';
import { RegisterFundingProjectHandler } from './commands/register-funding-project/register-funding-project.handler.js';
import { RegisterFundingProjectRoute } from './commands/register-funding-project/register-funding-project.route.js';

/** The funding area's HTTP routes (one per command) and their command handlers. */
export const fundingRoutes = [RegisterFundingProjectRoute, BookProjectCostRoute, BookProjectRevenueRoute];
export const fundingCommandHandlers = [RegisterFundingProjectHandler, BookProjectCostHandler, BookProjectRevenueHandler];

@Module({ controllers: fundingRoutes, providers: fundingCommandHandlers })
export class FundingModule {}
