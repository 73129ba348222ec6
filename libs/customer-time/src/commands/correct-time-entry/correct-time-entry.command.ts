import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { CorrectTimeEntryDto } from './correct-time-entry.dto.js';

export class CorrectTimeEntryCommand extends Command<CommandResponse> {
  constructor(
    readonly entryId: string,
    readonly body: CorrectTimeEntryDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
