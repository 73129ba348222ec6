import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { RecordTimeEntryCommand } from './record-time-entry.command.js';
import { RecordTimeEntryDto } from './record-time-entry.dto.js';

@ApiTags('customer-time')
@Controller('time-entries')
export class RecordTimeEntryRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiCommand('Log your own time for a day: customer, internal or absence (answers with the new entryId, the employeeId and the date that address it)', [
    'advisor',
    'credit_officer',
  ])
  record(@Body() body: RecordTimeEntryDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new RecordTimeEntryCommand(body, context));
  }
}
