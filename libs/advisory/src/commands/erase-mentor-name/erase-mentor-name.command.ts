import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { EraseMentorNameDto } from './erase-mentor-name.dto.js';

export class EraseMentorNameCommand extends Command<CommandResponse> {
  constructor(
    readonly pairId: string,
    readonly body: EraseMentorNameDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
