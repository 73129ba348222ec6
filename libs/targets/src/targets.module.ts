import { Module } from '@nestjs/common';

/** The targets area's HTTP routes (one per command) and their command handlers. */
export const targetsRoutes = [];
export const targetsCommandHandlers = [];

@Module({ controllers: targetsRoutes, providers: targetsCommandHandlers })
export class TargetsModule {}
