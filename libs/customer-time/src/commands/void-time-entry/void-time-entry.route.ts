import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { VoidTimeEntryCommand } from './void-time-entry.command.js';
import { VoidTimeEntryDto } from './void-time-entry.dto.js';

@ApiTags('customer-time')
@Controller('time-entries')
export class VoidTimeEntryRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':entryId/void')
  @ApiParam({ name: 'entryId', example: '7d1e4c2a-5b3f-4e8a-9f6d-0c2b1a3e5d7f', description: 'The entry, on the day named by employeeId and date (404 if not there)' })
  @ApiCommand('Void your own time entry: it stops counting, and the original stays in the audit trail (voiding twice is 409)', ['advisor', 'credit_officer'])
  void(@Param('entryId') entryId: string, @Body() body: VoidTimeEntryDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new VoidTimeEntryCommand(entryId, body, context));
  }
}
