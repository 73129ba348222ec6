import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { RegisterFundingProjectCommand } from './register-funding-project.command.js';
import { RegisterFundingProjectDto } from './register-funding-project.dto.js';

@ApiTags('funding')
@Controller('funding-projects')
export class RegisterFundingProjectRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiCommand('Register a special assignment financed outside the owners’ appropriation (answers with the new projectId)', ['admin'])
  register(@Body() body: RegisterFundingProjectDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new RegisterFundingProjectCommand(body, context));
  }
}
