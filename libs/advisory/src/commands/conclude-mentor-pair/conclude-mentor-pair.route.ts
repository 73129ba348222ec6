import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { ConcludeMentorPairCommand } from './conclude-mentor-pair.command.js';
import { ConcludeMentorPairDto } from './conclude-mentor-pair.dto.js';

@ApiTags('advisory')
@Controller('advisory/mentor-pairs')
export class ConcludeMentorPairRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':pairId/conclude')
  @ApiParam({ name: 'pairId', example: '5a2b7c9d-3e4f-4a1b-8c6d-9e0f1a2b3c4d', description: 'The mentor pair (404 if unknown)' })
  @ApiCommand('Conclude a mentor pair (concluding twice is 409)', ['advisor'])
  conclude(@Param('pairId') pairId: string, @Body() body: ConcludeMentorPairDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new ConcludeMentorPairCommand(pairId, body, context));
  }
}
