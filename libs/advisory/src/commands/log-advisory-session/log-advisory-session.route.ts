import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { LogAdvisorySessionCommand } from './log-advisory-session.command.js';
import { LogAdvisorySessionDto } from './log-advisory-session.dto.js';

@ApiTags('advisory')
@Controller('advisory/sessions')
export class LogAdvisorySessionRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiCommand('Log your own advisory session with a registered customer (answers with the sessionId)', ['advisor'])
  log(@Body() body: LogAdvisorySessionDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new LogAdvisorySessionCommand(body, context));
  }
}
