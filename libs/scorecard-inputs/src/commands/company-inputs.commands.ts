import { Body, Controller, Inject, Param, Put } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { REGIONS, type Region } from '#libs/decider';
import { requireFundingProject } from '#libs/funding';
import { ApiCommand, COMMAND_DEPS, commandResponse, Ctx, handleCommand, type CommandContext, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { APPROVAL_PARTIES, type ApprovalParty } from '../domain/approval-parties.js';
import { companyAccountsDecider, hrFiguresDecider, significantActionsDecider } from '../domain/company-figures.decider.js';
import { fundingApprovalsDecider } from '../domain/funding-approvals.decider.js';
import { growthIndexDecider } from '../domain/growth-index.decider.js';
import { companyAccountsStream, fundingApprovalsStream, growthIndexStream, hrFiguresStream, significantActionsStream } from '../domain/scorecard-inputs.streams.js';

const Year = () => (target: object, key: string) => {
  IsInt()(target, key);
  Min(1900)(target, key);
  Max(2999)(target, key);
};
const Finite = () => IsNumber({ allowNaN: false, allowInfinity: false });

export class SetControlGroupDto {
  @ApiProperty({ type: 'integer', example: 2023, description: 'Cohort year Y' }) @Year() cohortYear!: number;
  @ApiProperty({ enum: REGIONS }) @IsIn(REGIONS) region!: Region;
  @ApiProperty({ example: 0.06, description: 'c_r: the control group’s revenue growth B → E, a fraction (0.06 = +6 %)' }) @Finite() revenueGrowth!: number;
  @ApiProperty({ example: 0.04, description: 'c_v: value-added growth B → E, a fraction' }) @Finite() valueAddedGrowth!: number;
  @ApiProperty({ example: 0.88, description: 'c_s: survival rate, above 0 and at most 1' }) @Finite() survivalRate!: number;
}

export class SetGrowthIndexParametersDto {
  @ApiProperty({ type: 'integer', example: 2023 }) @Year() cohortYear!: number;
  @ApiProperty({ example: 1 / 3 }) @Finite() revenueWeight!: number;
  @ApiProperty({ example: 1 / 3 }) @Finite() valueAddedWeight!: number;
  @ApiProperty({ example: 1 / 3, description: 'The three weights add up to 1' }) @Finite() survivalWeight!: number;
  @ApiProperty({ type: 'integer', example: 2, description: 'E − B in years (B = Y − 1)' }) @IsInt() @Min(1) @Max(10) horizonYears!: number;
}

export class RecordQuarterAccountsDto {
  @ApiProperty({ type: 'integer', example: 2025 }) @Year() year!: number;
  @ApiProperty({ enum: [1, 2, 3, 4] }) @IsIn([1, 2, 3, 4]) quarter!: number;
  @ApiProperty({ type: 'integer', example: 2_400_000_000, description: 'Free equity at the quarter end, öre' }) @IsInt() freeEquityOre!: number;
  @ApiProperty({ type: 'integer', example: 1_050_000_000, description: 'Operating costs of the quarter, öre' }) @IsInt() @Min(0) operatingCostsOre!: number;
}

export class RecordEmployeeSurveyResultDto {
  @ApiProperty({ type: 'integer', example: 2025 }) @Year() year!: number;
  @ApiPropertyOptional({ enum: REGIONS, description: 'Absent for the whole company' }) @IsOptional() @IsIn(REGIONS) region?: Region;
  @ApiProperty({ example: 4.1, description: 'Total score 1–5' }) @Finite() @Min(1) @Max(5) totalScore!: number;
  @ApiProperty({ example: 76, description: 'Engagement index 0–100' }) @Finite() @Min(0) @Max(100) engagementIndex!: number;
  @ApiPropertyOptional({ type: 'integer', example: 22 }) @IsOptional() @IsInt() @Min(0) respondents?: number;
}

class AgeBandsDto {
  @ApiProperty({ type: 'integer' }) @IsInt() @Min(0) under_30!: number;
  @ApiProperty({ type: 'integer' }) @IsInt() @Min(0) from_30_to_49!: number;
  @ApiProperty({ type: 'integer' }) @IsInt() @Min(0) from_50!: number;
}
class GenderCountsDto {
  @ApiProperty({ type: 'integer' }) @IsInt() @Min(0) women!: number;
  @ApiProperty({ type: 'integer' }) @IsInt() @Min(0) men!: number;
  @ApiProperty({ type: 'integer' }) @IsInt() @Min(0) other!: number;
}
class ForeignBackgroundCountsDto {
  @ApiProperty({ type: 'integer' }) @IsInt() @Min(0) yes!: number;
  @ApiProperty({ type: 'integer' }) @IsInt() @Min(0) no!: number;
  @ApiProperty({ type: 'integer' }) @IsInt() @Min(0) unknown!: number;
}

export class RecordEmployeeDiversityDto {
  @ApiProperty({ type: 'integer', example: 2025 }) @Year() year!: number;
  @ApiPropertyOptional({ enum: REGIONS, description: 'Absent for the whole company' }) @IsOptional() @IsIn(REGIONS) region?: Region;
  @ApiProperty({ type: AgeBandsDto }) @ValidateNested() @Type(() => AgeBandsDto) ageBands!: AgeBandsDto;
  @ApiProperty({ type: GenderCountsDto }) @ValidateNested() @Type(() => GenderCountsDto) gender!: GenderCountsDto;
  @ApiProperty({ type: ForeignBackgroundCountsDto }) @ValidateNested() @Type(() => ForeignBackgroundCountsDto) foreignBackground!: ForeignBackgroundCountsDto;
}

export class RequireFundingApprovalsDto {
  @ApiProperty({ enum: APPROVAL_PARTIES, isArray: true, example: ['almi_foretagspartner', 'region_orebro', 'board'] })
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(APPROVAL_PARTIES, { each: true })
  parties!: ApprovalParty[];
}

export class RecordFundingApprovalDto {
  @ApiProperty({ enum: APPROVAL_PARTIES }) @IsIn(APPROVAL_PARTIES) party!: ApprovalParty;
  @ApiProperty({ example: '2025-02-10' })
  @IsISO8601({ strict: true }, { message: 'approvedOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'approvedOn must be a date YYYY-MM-DD in the years 1900–2100' })
  approvedOn!: string;
}

export class RecordSignificantActionsDto {
  @ApiProperty({ type: 'integer', example: 2025 }) @Year() year!: number;
  @ApiProperty({ example: 'Hållbarhetssamtal infört i alla kundmöten; nytt samarbete med Region Örebro län om tidiga skeden.' })
  @IsString()
  @MaxLength(20_000)
  text!: string;
}

/** One Nest command for every input here: which one is told by the body's class. */
export class ScorecardInputCommand extends Command<CommandResponse> {
  constructor(
    readonly input:
      | { kind: 'control-group'; body: SetControlGroupDto }
      | { kind: 'growth-parameters'; body: SetGrowthIndexParametersDto }
      | { kind: 'accounts'; body: RecordQuarterAccountsDto }
      | { kind: 'survey'; body: RecordEmployeeSurveyResultDto }
      | { kind: 'diversity'; body: RecordEmployeeDiversityDto }
      | { kind: 'required-approvals'; projectId: string; body: RequireFundingApprovalsDto }
      | { kind: 'approval'; projectId: string; body: RecordFundingApprovalDto }
      | { kind: 'actions'; body: RecordSignificantActionsDto },
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ScorecardInputCommand)
export class ScorecardInputHandler implements ICommandHandler<ScorecardInputCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ input, context }: ScorecardInputCommand): Promise<CommandResponse> {
    const actor = context.actor;
    switch (input.kind) {
      case 'control-group': {
        const handled = await handleCommand(
          this.deps,
          growthIndexStream(input.body.cohortYear),
          growthIndexDecider,
          { type: 'SetControlGroup', data: { ...input.body, actor } },
          context,
        );
        return commandResponse({ cohortYear: String(input.body.cohortYear), region: input.body.region }, handled);
      }
      case 'growth-parameters': {
        const handled = await handleCommand(
          this.deps,
          growthIndexStream(input.body.cohortYear),
          growthIndexDecider,
          { type: 'SetGrowthIndexParameters', data: { ...input.body, actor } },
          context,
        );
        return commandResponse({ cohortYear: String(input.body.cohortYear) }, handled);
      }
      case 'accounts': {
        const handled = await handleCommand(
          this.deps,
          companyAccountsStream(input.body.year),
          companyAccountsDecider,
          { type: 'RecordQuarterAccounts', data: { ...input.body, actor } },
          context,
        );
        return commandResponse({ year: String(input.body.year), quarter: String(input.body.quarter) }, handled);
      }
      case 'survey': {
        const handled = await handleCommand(
          this.deps,
          hrFiguresStream(input.body.year),
          hrFiguresDecider,
          { type: 'RecordEmployeeSurveyResult', data: { ...input.body, actor } },
          context,
        );
        return commandResponse({ year: String(input.body.year) }, handled);
      }
      case 'diversity': {
        const handled = await handleCommand(
          this.deps,
          hrFiguresStream(input.body.year),
          hrFiguresDecider,
          { type: 'RecordEmployeeDiversity', data: { ...input.body, actor } },
          context,
        );
        return commandResponse({ year: String(input.body.year) }, handled);
      }
      case 'required-approvals': {
        await requireFundingProject(this.deps.store, input.projectId);
        const handled = await handleCommand(
          this.deps,
          fundingApprovalsStream(input.projectId),
          fundingApprovalsDecider,
          { type: 'RequireFundingApprovals', data: { projectId: input.projectId, parties: input.body.parties, actor } },
          context,
        );
        return commandResponse({ projectId: input.projectId }, handled);
      }
      case 'approval': {
        await requireFundingProject(this.deps.store, input.projectId);
        const handled = await handleCommand(
          this.deps,
          fundingApprovalsStream(input.projectId),
          fundingApprovalsDecider,
          { type: 'RecordFundingApproval', data: { projectId: input.projectId, ...input.body, actor } },
          context,
        );
        return commandResponse({ projectId: input.projectId, party: input.body.party }, handled);
      }
      case 'actions': {
        const handled = await handleCommand(
          this.deps,
          significantActionsStream(input.body.year),
          significantActionsDecider,
          { type: 'RecordSignificantActions', data: { ...input.body, actor } },
          context,
        );
        return commandResponse({ year: String(input.body.year) }, handled);
      }
    }
  }
}

@ApiTags('scorecard inputs')
@Controller()
export class ScorecardInputsRoute {
  constructor(private readonly commandBus: CommandBus) {}

  private run(input: ScorecardInputCommand['input'], context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new ScorecardInputCommand(input, context));
  }

  @Put('growth-index/control-groups')
  @ApiCommand('Enter the control group’s revenue growth, value-added growth and survival rate for a region and cohort year (replaces the earlier)', ['controller'])
  controlGroup(@Body() body: SetControlGroupDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.run({ kind: 'control-group', body }, context);
  }

  @Put('growth-index/parameters')
  @ApiCommand('Set the growth index’s weights and horizon for a cohort year (default ⅓ each, 2 years)', ['controller'])
  parameters(@Body() body: SetGrowthIndexParametersDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.run({ kind: 'growth-parameters', body }, context);
  }

  @Put('company-accounts')
  @ApiCommand('Enter a quarter’s free equity and operating costs from the accounts (replaces the earlier)', ['controller'])
  accounts(@Body() body: RecordQuarterAccountsDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.run({ kind: 'accounts', body }, context);
  }

  @Put('employee-surveys')
  @ApiCommand('Enter the yearly employee survey’s total score and engagement index, for the company or a region', ['controller', 'admin'])
  survey(@Body() body: RecordEmployeeSurveyResultDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.run({ kind: 'survey', body }, context);
  }

  @Put('employee-diversity')
  @ApiCommand('Enter HR’s yearly diversity aggregates: counts per age band, gender and foreign background (never per person)', ['controller', 'admin'])
  diversity(@Body() body: RecordEmployeeDiversityDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.run({ kind: 'diversity', body }, context);
  }

  @Put('funding-projects/:projectId/required-approvals')
  @ApiCommand('Name the parties that must approve a special assignment: each owner party concerned and the board', ['admin'])
  requiredApprovals(@Param('projectId') projectId: string, @Body() body: RequireFundingApprovalsDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.run({ kind: 'required-approvals', projectId, body }, context);
  }

  @Put('funding-projects/:projectId/approvals')
  @ApiCommand('Record one party’s approval of a special assignment, with its date', ['admin'])
  approval(@Param('projectId') projectId: string, @Body() body: RecordFundingApprovalDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.run({ kind: 'approval', projectId, body }, context);
  }

  @Put('significant-actions')
  @ApiCommand('Write the yearly report’s section on significant actions taken because of the directive', ['controller'])
  actions(@Body() body: RecordSignificantActionsDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.run({ kind: 'actions', body }, context);
  }
}
