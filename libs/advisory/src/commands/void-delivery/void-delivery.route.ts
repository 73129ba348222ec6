import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { VoidDeliveryCommand } from './void-delivery.command.js';
import { VoidDeliveryDto } from './void-delivery.dto.js';

@ApiTags('advisory')
@Controller('advisory/deliveries')
export class VoidDeliveryRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':deliveryId/void')
  @ApiParam({ name: 'deliveryId', example: '3f0c9a7e-1b2d-4c5e-8f9a-0b1c2d3e4f50', description: 'The delivery (404 if unknown)' })
  @ApiCommand('Void a recorded delivery: it stops counting, and the original stays in the audit trail (voiding twice is 409)', ['advisor', 'admin'])
  void(@Param('deliveryId') deliveryId: string, @Body() body: VoidDeliveryDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new VoidDeliveryCommand(deliveryId, body, context));
  }
}
