import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { formatPosition } from '#libs/event-store';
import { businessDateOf, COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { PROJECTION_RUNNER, READ_MODELS, type ProjectionRunner } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { reportDecider } from '../../domain/report.decider.js';
import { reportStream } from '../../domain/report-scope.js';
import { computeReport } from '../../report/report-document.js';
import { IssueReportCommand } from './issue-report.command.js';

/** A report waits this long for the read models to reach the store's head (503 past it). */
export const ISSUE_WAIT_MS = 15_000;

/**
 * Takes the store's head, waits until every read model has applied it, computes the figures from
 * one snapshot, and records them with that position as the next version of the report.
 */
@CommandHandler(IssueReportCommand)
export class IssueReportHandler implements ICommandHandler<IssueReportCommand> {
  constructor(
    @Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(READ_MODELS) private readonly dataSource: DataSource,
  ) {}

  async execute({ scope, context }: IssueReportCommand): Promise<CommandResponse> {
    const head = await this.deps.store.head();
    await this.runner.waitFor(head, this.runner.names, ISSUE_WAIT_MS);
    const report = await computeReport(this.dataSource, scope);
    const stream = reportStream(scope);
    const handled = await handleCommand(
      this.deps,
      stream,
      reportDecider,
      { type: 'IssueReport', data: { ...scope, position: formatPosition(head), figures: report.figures, today: businessDateOf(context), actor: context.actor } },
      context,
    );
    const version = handled.events.at(-1)?.data.version;
    return commandResponse({ report: stream, ...(version === undefined ? {} : { version: String(version) }) }, handled);
  }
}
