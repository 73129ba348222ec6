import { Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { UpdateCustomerProfileCommand } from './update-customer-profile.command.js';
import { UpdateCustomerProfileDto } from './update-customer-profile.dto.js';

@ApiTags('customers')
@Controller('customers')
export class UpdateCustomerProfileRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Patch(':customerId')
  @ApiParam({ name: 'customerId', example: '556036-0793', description: 'Organisationsnummer' })
  @ApiCommand("Change a customer's name, region, municipality or phase (a change to what is already recorded records nothing)", ['advisor', 'credit_officer', 'admin'])
  update(@Param('customerId') customerId: string, @Body() body: UpdateCustomerProfileDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new UpdateCustomerProfileCommand(customerId, body, context));
  }
}
