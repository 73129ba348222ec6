import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { BookProjectRevenueDto } from './book-project-revenue.dto.js';

export class BookProjectRevenueCommand extends Command<CommandResponse> {
  constructor(
    readonly projectId: string,
    readonly body: BookProjectRevenueDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
