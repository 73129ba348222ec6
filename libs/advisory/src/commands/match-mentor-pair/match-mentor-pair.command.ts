import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { MatchMentorPairDto } from './match-mentor-pair.dto.js';

export class MatchMentorPairCommand extends Command<CommandResponse> {
  constructor(
    readonly body: MatchMentorPairDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
