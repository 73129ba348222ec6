import { Body, Controller, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { SetBenchmarkCommand } from './set-benchmark.command.js';
import { SetBenchmarkDto } from './set-benchmark.dto.js';

@ApiTags('targets')
@Controller('benchmarks')
export class SetBenchmarkRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiCommand("Enter a benchmark share: a focus-group attribute's share of a region's business population or new businesses, for a year (replaces the earlier value)", [
    'controller',
  ])
  set(@Body() body: SetBenchmarkDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new SetBenchmarkCommand(body, context));
  }
}
