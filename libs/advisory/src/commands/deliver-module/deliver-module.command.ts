import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { DeliverModuleDto } from './deliver-module.dto.js';

export class DeliverModuleCommand extends Command<CommandResponse> {
  constructor(
    readonly body: DeliverModuleDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
