import { Module } from '@nestjs/common';

/** (Named apart from the domain's AdvisoryModule, a catalogue entry.) The advisory area's HTTP routes (one per command) and their command handlers. */
export const advisoryRoutes = [];
export const advisoryCommandHandlers = [];

@Module({ controllers: advisoryRoutes, providers: advisoryCommandHandlers })
export class AdvisoryAreaModule {}
