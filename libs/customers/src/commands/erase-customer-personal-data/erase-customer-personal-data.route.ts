import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { EraseCustomerPersonalDataCommand } from './erase-customer-personal-data.command.js';
import { EraseCustomerPersonalDataDto } from './erase-customer-personal-data.dto.js';

@ApiTags('customers')
@Controller('customers')
export class EraseCustomerPersonalDataRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':customerId/erase-personal-data')
  @ApiParam({ name: 'customerId', example: '556036-0793', description: 'Organisationsnummer' })
  @ApiCommand("Erase a customer's personal data on request (GDPR): its key is destroyed, so the owner profile reads as erased everywhere while every figure stays", ['admin'])
  erase(@Param('customerId') customerId: string, @Body() body: EraseCustomerPersonalDataDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new EraseCustomerPersonalDataCommand(customerId, body, context));
  }
}
