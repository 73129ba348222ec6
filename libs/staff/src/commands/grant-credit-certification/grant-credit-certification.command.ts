import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { GrantCreditCertificationDto } from './grant-credit-certification.dto.js';

export class GrantCreditCertificationCommand extends Command<CommandResponse> {
  constructor(
    readonly userId: string,
    readonly body: GrantCreditCertificationDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
