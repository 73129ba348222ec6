import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { RevokeCreditCertificationCommand } from './revoke-credit-certification.command.js';
import { RevokeCreditCertificationDto } from './revoke-credit-certification.dto.js';

@ApiTags('staff')
@Controller('employees')
export class RevokeCreditCertificationRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':userId/credit-certifications/revoke')
  @ApiParam({ name: 'userId', example: 'anna.lind' })
  @ApiCommand("Revoke a person's credit certification from a date: every grant recorded before ends then", ['admin'])
  revoke(@Param('userId') userId: string, @Body() body: RevokeCreditCertificationDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new RevokeCreditCertificationCommand(userId, body, context));
  }
}
