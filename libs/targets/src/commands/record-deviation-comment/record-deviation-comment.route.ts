import { Body, Controller, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { RecordDeviationCommentCommand } from './record-deviation-comment.command.js';
import { RecordDeviationCommentDto } from './record-deviation-comment.dto.js';

@ApiTags('targets')
@Controller('report-comments')
export class RecordDeviationCommentRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiCommand("Write the explanation of a deviation from target for the owners' report (the latest comment for the same scope wins)", ['controller'])
  record(@Body() body: RecordDeviationCommentDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new RecordDeviationCommentCommand(body, context));
  }
}
