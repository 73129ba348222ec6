import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { RecordDeviationCommentDto } from './record-deviation-comment.dto.js';

export class RecordDeviationCommentCommand extends Command<CommandResponse> {
  constructor(
    readonly body: RecordDeviationCommentDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
