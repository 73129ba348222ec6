import { Module } from '@nestjs/common';

/** The surveys area's HTTP routes (one per command) and their command handlers. */
export const surveysRoutes = [];
export const surveysCommandHandlers = [];

@Module({ controllers: surveysRoutes, providers: surveysCommandHandlers })
export class SurveysModule {}
