import { Module } from '@nestjs/common';
import { ADVISORY_MODULE_CATALOGUE, advisoryModuleCatalogueProvider } from './advisory-module-catalogue.provider.js';
import { ConcludeMentorPairHandler } from './commands/conclude-mentor-pair/conclude-mentor-pair.handler.js';
import { ConcludeMentorPairRoute } from './commands/conclude-mentor-pair/conclude-mentor-pair.route.js';
import { DeliverModuleHandler } from './commands/deliver-module/deliver-module.handler.js';
import { DeliverModuleRoute } from './commands/deliver-module/deliver-module.route.js';
import { EraseMentorNameHandler } from './commands/erase-mentor-name/erase-mentor-name.handler.js';
import { EraseMentorNameRoute } from './commands/erase-mentor-name/erase-mentor-name.route.js';
import { LogAdvisorySessionHandler } from './commands/log-advisory-session/log-advisory-session.handler.js';
import { LogAdvisorySessionRoute } from './commands/log-advisory-session/log-advisory-session.route.js';
import { MatchMentorPairHandler } from './commands/match-mentor-pair/match-mentor-pair.handler.js';
import { MatchMentorPairRoute } from './commands/match-mentor-pair/match-mentor-pair.route.js';
import { VoidDeliveryHandler } from './commands/void-delivery/void-delivery.handler.js';
import { VoidDeliveryRoute } from './commands/void-delivery/void-delivery.route.js';

/** (Named apart from the domain's AdvisoryModule, a catalogue entry.) The advisory area's HTTP routes (one per command) and their command handlers. */
export const advisoryRoutes = [LogAdvisorySessionRoute, DeliverModuleRoute, VoidDeliveryRoute, MatchMentorPairRoute, ConcludeMentorPairRoute, EraseMentorNameRoute];
export const advisoryCommandHandlers = [
  LogAdvisorySessionHandler,
  DeliverModuleHandler,
  VoidDeliveryHandler,
  MatchMentorPairHandler,
  ConcludeMentorPairHandler,
  EraseMentorNameHandler,
];

@Module({ controllers: advisoryRoutes, providers: [advisoryModuleCatalogueProvider, ...advisoryCommandHandlers], exports: [ADVISORY_MODULE_CATALOGUE] })
export class AdvisoryAreaModule {}
