import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { EraseMentorNameCommand } from './erase-mentor-name.command.js';
import { EraseMentorNameDto } from './erase-mentor-name.dto.js';

@ApiTags('advisory')
@Controller('advisory/mentor-pairs')
export class EraseMentorNameRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':pairId/erase-mentor-name')
  @ApiParam({ name: 'pairId', example: '5a2b7c9d-3e4f-4a1b-8c6d-9e0f1a2b3c4d', description: 'The mentor pair (404 if unknown)' })
  @ApiCommand(
    "Erase a mentor's name on request (GDPR): its key is destroyed, so the name reads as erased everywhere while the pair and every figure stay. " +
      "422 for a name recorded before mentors had keys of their own (it is erased with the customer's personal data)",
    ['admin'],
  )
  erase(@Param('pairId') pairId: string, @Body() body: EraseMentorNameDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new EraseMentorNameCommand(pairId, body, context));
  }
}
