export * from './domain/scorecard-metrics.js';
export * from './domain/scorecard-scope.js';
export * from './domain/benchmark.js';
export * from './domain/targets.events.js';
export * from './domain/targets.commands.js';
export * from './domain/targets.streams.js';
export * from './domain/targets.decider.js';
export * from './domain/benchmarks.decider.js';
export * from './domain/report-comments.decider.js';
export * from './targets.module.js';
export * from './read-models/targets.entities.js';
export * from './read-models/targets.migration.js';
export * from './read-models/targets.projection.js';
// Command classes, for code that sends commands through the bus (the demo-data seeder).
export { RecordDeviationCommentCommand } from './commands/record-deviation-comment/record-deviation-comment.command.js';
export { SetBenchmarkCommand } from './commands/set-benchmark/set-benchmark.command.js';
export { SetTargetCommand } from './commands/set-target/set-target.command.js';
