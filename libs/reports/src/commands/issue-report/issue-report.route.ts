import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ApiCommand, Ctx, ProblemDetailsDto, type CommandContext, type CommandResponse } from '#libs/platform';
import { IssueReportCommand } from './issue-report.command.js';
import { IssueQuarterlyReportDto, IssueYearlyReportDto } from './issue-report.dto.js';

const DESCRIPTION =
  'Computes every figure of the report once the read models have reached the store’s head, and records them with that position as a new version ' +
  '(ids.report is the stream, ids.version the version). Issuing again records the next version; earlier versions keep their figures. ' +
  'Compare an issued version with today’s figures on GET /reports/…?issued=latest|<version>. Refused (422 period-not-ended) before the period has ended.';

@ApiTags('reports')
@Controller('reports')
export class IssueReportRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('quarterly/issue')
  @ApiCommand('Issue the quarterly report to the owners', ['controller'], { description: DESCRIPTION })
  @ApiServiceUnavailableResponse({ type: ProblemDetailsDto, description: 'The read models did not reach the store’s head in time' })
  quarterly(@Body() body: IssueQuarterlyReportDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(
      new IssueReportCommand({ kind: 'quarterly', year: body.year, quarter: body.quarter, ...(body.region ? { region: body.region } : {}) }, context),
    );
  }

  @Post('yearly/issue')
  @ApiCommand('Issue the yearly report to the owners', ['controller'], { description: DESCRIPTION })
  @ApiServiceUnavailableResponse({ type: ProblemDetailsDto, description: 'The read models did not reach the store’s head in time' })
  yearly(@Body() body: IssueYearlyReportDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new IssueReportCommand({ kind: 'yearly', year: body.year, ...(body.region ? { region: body.region } : {}) }, context));
  }
}
