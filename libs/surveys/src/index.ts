export * from './domain/surveys.events.js';
export * from './domain/surveys.commands.js';
export * from './domain/surveys.streams.js';
export * from './domain/surveys.decider.js';
export * from './surveys.module.js';
export * from './read-models/surveys.entities.js';
export * from './read-models/surveys.migration.js';
export * from './read-models/surveys.projection.js';
// Command classes, for code that sends commands through the bus (the demo-data seeder).
export { RecordSurveyAnswerCommand } from './commands/record-survey-answer/record-survey-answer.command.js';
