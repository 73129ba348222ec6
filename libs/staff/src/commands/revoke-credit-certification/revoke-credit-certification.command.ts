import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { RevokeCreditCertificationDto } from './revoke-credit-certification.dto.js';

export class RevokeCreditCertificationCommand extends Command<CommandResponse> {
  constructor(
    readonly userId: string,
    readonly body: RevokeCreditCertificationDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
