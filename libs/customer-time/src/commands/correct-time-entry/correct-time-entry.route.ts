import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { CorrectTimeEntryCommand } from './correct-time-entry.command.js';
import { CorrectTimeEntryDto } from './correct-time-entry.dto.js';

@ApiTags('customer-time')
@Controller('time-entries')
export class CorrectTimeEntryRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':entryId/correction')
  @ApiParam({ name: 'entryId', example: '7d1e4c2a-5b3f-4e8a-9f6d-0c2b1a3e5d7f', description: 'The entry, on the day named by employeeId and date (404 if not there)' })
  @ApiCommand('Correct your own time entry: new minutes, kind and customer, recorded as a correction beside the original (the same values again record nothing)', [
    'advisor',
    'credit_officer',
  ])
  correct(@Param('entryId') entryId: string, @Body() body: CorrectTimeEntryDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new CorrectTimeEntryCommand(entryId, body, context));
  }
}
