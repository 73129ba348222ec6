import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { ReportScope } from '../../domain/report-scope.js';

export class IssueReportCommand extends Command<CommandResponse> {
  constructor(
    readonly scope: ReportScope,
    readonly context: CommandContext,
  ) {
    super();
  }
}
