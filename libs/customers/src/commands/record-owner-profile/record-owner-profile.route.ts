import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { RecordOwnerProfileCommand } from './record-owner-profile.command.js';
import { RecordOwnerProfileDto } from './record-owner-profile.dto.js';

@ApiTags('customers')
@Controller('customers')
export class RecordOwnerProfileRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Put(':customerId/owner-profile')
  @ApiParam({ name: 'customerId', example: '556036-0793', description: 'Organisationsnummer' })
  @ApiCommand("Record the owner profile (women-led, foreign background, owner's name): personal data, sealed under the customer's key", ['advisor', 'credit_officer', 'admin'])
  record(@Param('customerId') customerId: string, @Body() body: RecordOwnerProfileDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new RecordOwnerProfileCommand(customerId, body, context));
  }
}
