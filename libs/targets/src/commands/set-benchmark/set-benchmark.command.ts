import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResponse } from '#libs/platform';
import type { SetBenchmarkDto } from './set-benchmark.dto.js';

export class SetBenchmarkCommand extends Command<CommandResponse> {
  constructor(
    readonly body: SetBenchmarkDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
