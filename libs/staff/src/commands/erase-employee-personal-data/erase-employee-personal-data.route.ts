import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { EraseEmployeePersonalDataCommand } from './erase-employee-personal-data.command.js';
import { EraseEmployeePersonalDataDto } from './erase-employee-personal-data.dto.js';

@ApiTags('staff')
@Controller('employees')
export class EraseEmployeePersonalDataRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':userId/erase-personal-data')
  @ApiParam({ name: 'userId', example: 'anna.lind' })
  @ApiCommand("Erase an employee's personal data (the name) on request: its key is destroyed, so the name reads as erased everywhere; roles, region and every figure stay", [
    'admin',
  ])
  erase(@Param('userId') userId: string, @Body() body: EraseEmployeePersonalDataDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new EraseEmployeePersonalDataCommand(userId, body, context));
  }
}
