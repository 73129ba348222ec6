import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { ConcludeMentorPairDto } from './conclude-mentor-pair.dto.js';

export class ConcludeMentorPairCommand extends Command<CommandResponse> {
  constructor(
    readonly pairId: string,
    readonly body: ConcludeMentorPairDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
