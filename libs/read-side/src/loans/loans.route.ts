import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { Ctx, type CommandContext } from '#libs/platform';
import { PROJECTION_RUNNER, READ_MODELS, readYourWrites, type ProjectionRunner } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { ApiRead } from '../common/api-list.js';
import type { Page } from '../common/paging.js';
import { LoanDetailDto, LoanListQueryDto, LoanPage, LoanQueryDto, WorklistQueryDto, type LoanSummaryDto } from './loans.dto.js';
import { awaitingApproval, awaitingDecision, listLoans, LOAN_PROJECTIONS, loanDetail } from './loans.queries.js';

const LOAN_READERS = ['credit_officer', 'controller', 'admin'] as const;

const EXAMPLE_PAGE = {
  items: [
    {
      loanId: '0b6f2f3e-5d1c-4a8e-9a57-1c2b3d4e5f60',
      customerId: '5560360793',
      customerName: 'Älvdalens Verkstads AB',
      product: 'foretagslan',
      productKind: 'loan',
      status: 'granted',
      appliedAmountOre: 30000000,
      appliedOn: '2026-03-02',
      appliedBy: 'olle',
      grantedAmountOre: 25000000,
      decidedOn: '2026-03-05',
      decidedBy: 'olle',
      approvedOn: null,
      approvedBy: null,
      disbursedOre: 0,
      outstandingOre: 0,
    },
  ],
  nextCursor: null,
  position: '812-4410',
};

@ApiTags('loans')
@Controller('loans')
export class LoansReadRoute {
  constructor(
    @Inject(READ_MODELS) private readonly dataSource: DataSource,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  @ApiRead({
    summary: 'The loan book, by status, product, customer or officer',
    description: 'Newest application first.',
    roles: [...LOAN_READERS],
    response: LoanPage,
    example: EXAMPLE_PAGE,
  })
  async list(@Query() query: LoanListQueryDto): Promise<Page<LoanSummaryDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, LOAN_PROJECTIONS);
    return listLoans(this.dataSource, query, query, 'newest');
  }

  @Get('worklists/awaiting-my-decision')
  @ApiRead({
    summary: 'Applications awaiting a decision (any certified credit officer may decide them), oldest first',
    roles: [...LOAN_READERS],
    response: LoanPage,
  })
  async awaitingMyDecision(@Query() query: WorklistQueryDto): Promise<Page<LoanSummaryDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, LOAN_PROJECTIONS);
    return awaitingDecision(this.dataSource, query);
  }

  @Get('worklists/awaiting-my-approval')
  @ApiRead({
    summary: 'Granted loans awaiting the four-eyes approval that I did not decide, oldest first',
    description: 'The second pair of eyes’ worklist: a loan decided by the caller never appears in the caller’s list.',
    roles: [...LOAN_READERS],
    response: LoanPage,
    example: EXAMPLE_PAGE,
  })
  async awaitingMyApproval(@Query() query: WorklistQueryDto, @Ctx() ctx: CommandContext): Promise<Page<LoanSummaryDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, LOAN_PROJECTIONS);
    return awaitingApproval(this.dataSource, ctx.actor, query);
  }

  @Get(':loanId')
  @ApiParam({ name: 'loanId', example: '0b6f2f3e-5d1c-4a8e-9a57-1c2b3d4e5f60' })
  @ApiRead({
    summary: 'A loan: life cycle with who and when, amounts, outstanding today and at ?on=, every money movement',
    roles: [...LOAN_READERS],
    response: LoanDetailDto,
    notFound: 'No loan with this id',
  })
  async get(@Param('loanId') loanId: string, @Query() query: LoanQueryDto): Promise<LoanDetailDto> {
    await readYourWrites(this.runner, query.position, query.waitMs, LOAN_PROJECTIONS);
    const detail = loanId.length <= 200 ? await loanDetail(this.dataSource, loanId, query.on) : undefined;
    if (!detail) throw new NotFoundException(`No loan ${loanId}`);
    return detail;
  }
}
