import { Module } from '@nestjs/common';
import { RecordDeviationCommentHandler } from './commands/record-deviation-comment/record-deviation-comment.handler.js';
import { RecordDeviationCommentRoute } from './commands/record-deviation-comment/record-deviation-comment.route.js';
import { SetBenchmarkHandler } from './commands/set-benchmark/set-benchmark.handler.js';
import { SetBenchmarkRoute } from './commands/set-benchmark/set-benchmark.route.js';
import { SetTargetHandler } from './commands/set-target/set-target.handler.js';
import { SetTargetRoute } from './commands/set-target/set-target.route.js';

/** The targets area's HTTP routes (one per command) and their command handlers. */
export const targetsRoutes = [SetTargetRoute, SetBenchmarkRoute, RecordDeviationCommentRoute];
export const targetsCommandHandlers = [SetTargetHandler, SetBenchmarkHandler, RecordDeviationCommentHandler];

@Module({ controllers: targetsRoutes, providers: targetsCommandHandlers })
export class TargetsModule {}
