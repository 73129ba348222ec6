import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { RecordOwnerProfileDto } from './record-owner-profile.dto.js';

export class RecordOwnerProfileCommand extends Command<CommandResponse> {
  constructor(
    readonly customerId: string,
    readonly body: RecordOwnerProfileDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
