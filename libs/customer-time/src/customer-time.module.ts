import { Module } from '@nestjs/common';
import { CorrectTimeEntryHandler } from './commands/correct-time-entry/correct-time-entry.handler.js';
import { CorrectTimeEntryRoute } from './commands/correct-time-entry/correct-time-entry.route.js';
import { RecordTimeEntryHandler } from './commands/record-time-entry/record-time-entry.handler.js';
import { RecordTimeEntryRoute } from './commands/record-time-entry/record-time-entry.route.js';
import { VoidTimeEntryHandler } from './commands/void-time-entry/void-time-entry.handler.js';
import { VoidTimeEntryRoute } from './commands/void-time-entry/void-time-entry.route.js';

/** The customer-time area's HTTP routes (one per command) and their command handlers. */
export const customerTimeRoutes = [RecordTimeEntryRoute, CorrectTimeEntryRoute, VoidTimeEntryRoute];
export const customerTimeCommandHandlers = [RecordTimeEntryHandler, CorrectTimeEntryHandler, VoidTimeEntryHandler];

@Module({ controllers: customerTimeRoutes, providers: customerTimeCommandHandlers })
export class CustomerTimeModule {}
