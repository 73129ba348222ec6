import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { MatchMentorPairCommand } from './match-mentor-pair.command.js';
import { MatchMentorPairDto } from './match-mentor-pair.dto.js';

@ApiTags('advisory')
@Controller('advisory/mentor-pairs')
export class MatchMentorPairRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiCommand('Match a mentor with a registered customer in a mentor programme (answers with the new pairId)', ['advisor'])
  match(@Body() body: MatchMentorPairDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new MatchMentorPairCommand(body, context));
  }
}
