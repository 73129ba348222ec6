import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#libs/decider';
import { Ctx, type CommandContext } from '#libs/platform';
import { PROJECTION_RUNNER, READ_MODELS, readYourWrites, type ProjectionRunner } from '#libs/projections';
import type { DataSource } from 'typeorm';
import { ApiRead } from '../common/api-list.js';
import type { Page } from '../common/paging.js';
import { CustomerDetailDto, CustomerListQueryDto, CustomerPage, CustomerQueryDto, type CustomerSummaryDto } from './customers.dto.js';
import { CUSTOMER_DETAIL_PROJECTIONS, CUSTOMER_LIST_PROJECTIONS, customerDetail, listCustomers } from './customers.queries.js';

const EVERYONE = ['advisor', 'credit_officer', 'controller', 'admin'] as const;

@ApiTags('customers')
@Controller('customers')
export class CustomersReadRoute {
  constructor(
    @Inject(READ_MODELS) private readonly dataSource: DataSource,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  @ApiRead({
    summary: 'Find customers by name or organisationsnummer, region, municipality, target group, phase',
    description: 'Sorted by name (folded), then organisationsnummer.',
    roles: [...EVERYONE],
    response: CustomerPage,
    example: {
      items: [
        {
          customerId: '5560360793',
          organisationNumber: '556036-0793',
          name: 'Älvdalens Verkstads AB',
          region: 'vastmanland',
          municipality: 'Västerås',
          phase: 'growth',
          targetGroup: 'ideal',
          registeredOn: '2026-03-02',
        },
      ],
      nextCursor: null,
      position: '812-4410',
    },
  })
  async list(@Query() query: CustomerListQueryDto): Promise<Page<CustomerSummaryDto>> {
    await readYourWrites(this.runner, query.position, query.waitMs, CUSTOMER_LIST_PROJECTIONS);
    return listCustomers(this.dataSource, query);
  }

  @Get(':customerId')
  @ApiParam({ name: 'customerId', description: 'The organisationsnummer, with or without the hyphen', example: '556036-0793' })
  @ApiRead({
    summary: 'A customer: profile, target group and its history, owner profile recorded or erased, and the timeline',
    description: 'Owner answers (personal data) only to admins, and never once erased; other roles see whether a profile is recorded.',
    roles: [...EVERYONE],
    response: CustomerDetailDto,
    notFound: 'No customer with this organisationsnummer',
  })
  async get(@Param('customerId') customerId: string, @Query() query: CustomerQueryDto, @Ctx() ctx: CommandContext): Promise<CustomerDetailDto> {
    await readYourWrites(this.runner, query.position, query.waitMs, CUSTOMER_DETAIL_PROJECTIONS);
    const id = /^\d{6}-?\d{4}$/.test(customerId) ? customerId.replace('-', '') : undefined;
    const detail = id ? await customerDetail(this.dataSource, id, ctx.actor as Actor) : undefined;
    if (!detail) throw new NotFoundException(`No customer ${customerId}`);
    return detail;
  }
}
