import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, type CommandContext, type CommandResponse } from '#libs/platform';
import { BookProjectRevenueCommand } from './book-project-revenue.command.js';
import { BookProjectRevenueDto } from './book-project-revenue.dto.js';

@ApiTags('funding')
@Controller('funding-projects')
export class BookProjectRevenueRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':projectId/revenues')
  @ApiParam({ name: 'projectId', example: '0b6f2c1e-8a4d-4f1e-9c3a-2d7e5b9f1a60', description: 'The funding project (404 if not registered)' })
  @ApiCommand('Book a revenue on a funding project, within its period (answers with the new entryId)', ['controller', 'admin'])
  book(@Param('projectId') projectId: string, @Body() body: BookProjectRevenueDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new BookProjectRevenueCommand(projectId, body, context));
  }
}
