import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { benchmarkKey, benchmarksDecider } from '../../domain/benchmarks.decider.js';
import { benchmarksStream } from '../../domain/targets.streams.js';
import { SetBenchmarkCommand } from './set-benchmark.command.js';

@CommandHandler(SetBenchmarkCommand)
export class SetBenchmarkHandler implements ICommandHandler<SetBenchmarkCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: SetBenchmarkCommand): Promise<CommandResponse> {
    const handled = await handleCommand(this.deps, benchmarksStream(body.year), benchmarksDecider, { type: 'SetBenchmark', data: { ...body, actor: context.actor } }, context);
    return commandResponse({ benchmarkKey: benchmarkKey(body) }, handled);
  }
}
