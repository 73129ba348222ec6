import { Module } from '@nestjs/common';

/** The funding area's HTTP routes (one per command) and their command handlers. */
export const fundingRoutes = [];
export const fundingCommandHandlers = [];

@Module({ controllers: fundingRoutes, providers: fundingCommandHandlers })
export class FundingModule {}
