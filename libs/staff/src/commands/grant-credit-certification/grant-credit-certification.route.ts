import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { GrantCreditCertificationCommand } from './grant-credit-certification.command.js';
import { GrantCreditCertificationDto } from './grant-credit-certification.dto.js';

@ApiTags('staff')
@Controller('employees')
export class GrantCreditCertificationRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':userId/credit-certifications')
  @ApiParam({ name: 'userId', example: 'anna.lind', description: 'A registered employee' })
  @ApiCommand('Grant a credit certification (kreditbehörighet) for a period: only a certified credit officer acts in the credit process', ['admin'])
  grant(@Param('userId') userId: string, @Body() body: GrantCreditCertificationDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new GrantCreditCertificationCommand(userId, body, context));
  }
}
