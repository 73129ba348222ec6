import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { SetTargetDto } from './set-target.dto.js';

export class SetTargetCommand extends Command<CommandResponse> {
  constructor(
    readonly body: SetTargetDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
