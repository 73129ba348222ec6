import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { DeliverModuleCommand } from './deliver-module.command.js';
import { DeliverModuleDto } from './deliver-module.dto.js';

@ApiTags('advisory')
@Controller('advisory/deliveries')
export class DeliverModuleRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiCommand('Record a delivery module delivered to a registered customer (answers with the new deliveryId)', ['advisor'])
  deliver(@Body() body: DeliverModuleDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new DeliverModuleCommand(body, context));
  }
}
