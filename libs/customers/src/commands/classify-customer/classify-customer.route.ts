import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { ClassifyCustomerCommand } from './classify-customer.command.js';
import { ClassifyCustomerDto } from './classify-customer.dto.js';

@ApiTags('customers')
@Controller('customers')
export class ClassifyCustomerRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':customerId/classifications')
  @ApiParam({ name: 'customerId', example: '556036-0793', description: 'Organisationsnummer' })
  @ApiCommand('Classify a customer into a target group from a date (a new entry in its history; earlier interventions keep the group they had)', [
    'advisor',
    'credit_officer',
    'admin',
  ])
  classify(@Param('customerId') customerId: string, @Body() body: ClassifyCustomerDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new ClassifyCustomerCommand(customerId, body, context));
  }
}
