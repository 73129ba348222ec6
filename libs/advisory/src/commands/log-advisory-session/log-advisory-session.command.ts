import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { LogAdvisorySessionDto } from './log-advisory-session.dto.js';

export class LogAdvisorySessionCommand extends Command<CommandResponse> {
  constructor(
    readonly body: LogAdvisorySessionDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
