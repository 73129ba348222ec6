import { Module } from '@nestjs/common';

/** The loans area's HTTP routes (one per command) and their command handlers. */
export const loansRoutes = [];
export const loansCommandHandlers = [];

@Module({ controllers: loansRoutes, providers: loansCommandHandlers })
export class LoansModule {}
