import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { RecordTimeEntryDto } from './record-time-entry.dto.js';

export class RecordTimeEntryCommand extends Command<CommandResponse> {
  constructor(
    readonly body: RecordTimeEntryDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
