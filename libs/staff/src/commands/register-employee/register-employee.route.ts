import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { RegisterEmployeeCommand } from './register-employee.command.js';
import { RegisterEmployeeDto } from './register-employee.dto.js';

@ApiTags('staff')
@Controller('employees')
export class RegisterEmployeeRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiCommand('Register an employee with their region and roles (refused if the user id is already registered: 409)', ['admin'])
  register(@Body() body: RegisterEmployeeDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new RegisterEmployeeCommand(body, context));
  }
}
