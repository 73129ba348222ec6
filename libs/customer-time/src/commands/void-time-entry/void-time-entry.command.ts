import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { VoidTimeEntryDto } from './void-time-entry.dto.js';

export class VoidTimeEntryCommand extends Command<CommandResponse> {
  constructor(
    readonly entryId: string,
    readonly body: VoidTimeEntryDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
