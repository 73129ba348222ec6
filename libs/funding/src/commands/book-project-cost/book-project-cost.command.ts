import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { BookProjectCostDto } from './book-project-cost.dto.js';

export class BookProjectCostCommand extends Command<CommandResponse> {
  constructor(
    readonly projectId: string,
    readonly body: BookProjectCostDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
