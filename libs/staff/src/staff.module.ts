import { Module } from '@nestjs/common';

/** The staff area's HTTP routes (one per command) and their command handlers. */
export const staffRoutes = [];
export const staffCommandHandlers = [];

@Module({ controllers: staffRoutes, providers: staffCommandHandlers })
export class StaffModule {}
