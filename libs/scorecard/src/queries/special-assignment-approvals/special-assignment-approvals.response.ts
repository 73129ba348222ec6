import { ApiProperty } from '@nestjs/swagger';
import { APPROVAL_PARTIES } from '#libs/scorecard-inputs';
import { CompanyFigureScopeDto } from '../../figures.js';

export class RequiredApprovalDto {
  @ApiProperty({ enum: APPROVAL_PARTIES, example: 'board' }) party!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-03-01', description: 'null until this party’s approval is recorded' }) approvedOn!: string | null;
}

/** One special assignment (funding project): its approval and the activity before it. */
export class ProjectApprovalsDto {
  @ApiProperty({ example: 'P1' }) projectId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) funder!: string | null;
  @ApiProperty({ type: [RequiredApprovalDto], description: 'The required approvals, by party' }) requiredApprovals!: RequiredApprovalDto[];
  @ApiProperty({ type: String, nullable: true, example: '2026-03-01', description: 'The latest date among the required approvals, once every one of them is recorded; else null' })
  approvedOn!: string | null;
  @ApiProperty({ type: 'integer', description: 'Activity in the period (sessions, modules, loans granted, time, costs and revenues booked)' }) activities!: number;
  @ApiProperty({ type: 'integer', description: 'Of it, dated before approvedOn (all of it while the project is not fully approved)' }) activitiesBeforeApproval!: number;
  @ApiProperty({ type: String, nullable: true, example: '2026-01-15' }) firstActivityBeforeApproval!: string | null;
  @ApiProperty({ description: 'True when there is activity before approval: the report flags the project' }) flagged!: boolean;
}

/** Special assignments approved by both parties: a company figure. */
export class SpecialAssignmentApprovalsResponse extends CompanyFigureScopeDto {
  @ApiProperty({ type: [ProjectApprovalsDto], description: 'Every registered project, by id' }) projects!: ProjectApprovalsDto[];
  @ApiProperty({ type: 'integer', description: 'Projects flagged' }) flaggedProjects!: number;
}
