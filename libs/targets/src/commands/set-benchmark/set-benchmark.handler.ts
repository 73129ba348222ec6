import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { COMMAND_DEPS, commandResponse, handleCommand, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { benchmarkKey, benchmarksDecider } from '../../domain/benchmarks.decider.js';
import { benchmarkStream, benchmarksStream } from '../../domain/targets.streams.js';
import { SetBenchmarkCommand } from './set-benchmark.command.js';

@CommandHandler(SetBenchmarkCommand)
export class SetBenchmarkHandler implements ICommandHandler<SetBenchmarkCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: SetBenchmarkCommand): Promise<CommandResponse> {
    // The benchmark's own stream, after the year stream that held every benchmark before (targets.streams.ts).
    const handled = await handleCommand(this.deps, benchmarkStream(body), benchmarksDecider, { type: 'SetBenchmark', data: { ...body, actor: context.actor } }, context, {
      readFirst: [benchmarksStream(body.year)],
    });
    return commandResponse({ benchmarkKey: benchmarkKey(body) }, handled);
  }
}
