import { Body, Controller, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { SetTargetCommand } from './set-target.command.js';
import { SetTargetDto } from './set-target.dto.js';

@ApiTags('targets')
@Controller('targets')
export class SetTargetRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiCommand('Enter a target set by the board for a metric, year, quarter and region (replaces the earlier value; the same value again records nothing)', ['controller', 'admin'])
  set(@Body() body: SetTargetDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new SetTargetCommand(body, context));
  }
}
