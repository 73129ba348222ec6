import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { ChangeEmployeeRolesCommand } from './change-employee-roles.command.js';
import { ChangeEmployeeRolesDto } from './change-employee-roles.dto.js';

@ApiTags('staff')
@Controller('employees')
export class ChangeEmployeeRolesRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Put(':userId/roles')
  @ApiParam({ name: 'userId', example: 'anna.lind' })
  @ApiCommand("Replace an employee's roles with the set given (the same set records nothing)", ['admin'])
  change(@Param('userId') userId: string, @Body() body: ChangeEmployeeRolesDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new ChangeEmployeeRolesCommand(userId, body, context));
  }
}
