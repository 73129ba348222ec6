import { Body, Controller, Inject, Post, Put } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { customerStream, requireRegisteredCustomer } from '#libs/customers';
import { ApiCommand, COMMAND_DEPS, commandResponse, Ctx, handleCommand, type CommandContext, type CommandHandlingDeps, type CommandResponse } from '#libs/platform';
import { customerFinancialsDecider, financialsImportDecider, parseFinancialsCsv } from '../domain/customer-financials.decider.js';
import { customerFinancialsStream, financialsImportStream } from '../domain/scorecard-inputs.streams.js';

export class RecordCustomerFinancialsDto {
  @ApiProperty({ example: '556036-0793', description: 'Organisationsnummer of a registered customer' })
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer: 10 digits, optionally NNNNNN-NNNN' })
  customerId!: string;

  @ApiProperty({ type: 'integer', example: 2024, description: 'The financial year' })
  @IsInt()
  @Min(1900)
  @Max(2999)
  year!: number;

  @ApiPropertyOptional({ type: 'integer', example: 1_250_000_000, description: 'Net revenue in öre; absent when unknown' })
  @IsOptional()
  @IsInt()
  @Min(0)
  revenueOre?: number;

  @ApiPropertyOptional({ type: 'integer', example: 95_000_000, description: 'Operating profit (rörelseresultat) in öre, may be negative; with personnelCostsOre' })
  @IsOptional()
  @IsInt()
  operatingProfitOre?: number;

  @ApiPropertyOptional({ type: 'integer', example: 310_000_000, description: 'Personnel costs in öre; value added = operating profit + personnel costs' })
  @IsOptional()
  @IsInt()
  @Min(0)
  personnelCostsOre?: number;

  @ApiProperty({ example: true, description: 'Still an active company at the end of the year' })
  @IsBoolean()
  active!: boolean;
}

export class ImportCustomerFinancialsDto {
  @ApiProperty({
    example: 'organisationsnummer;year;revenue_ore;operating_profit_ore;personnel_costs_ore;active\n556036-0793;2024;1250000000;95000000;310000000;ja',
    description: 'The CSV text: header organisationsnummer;year;revenue_ore;operating_profit_ore;personnel_costs_ore;active (; or ,), one row per organisationsnummer and year',
  })
  @IsString()
  @MaxLength(2_000_000)
  csv!: string;

  @ApiPropertyOptional({ example: 'bokslut-2024.csv' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fileName?: string;
}

export class RecordCustomerFinancialsCommand extends Command<CommandResponse> {
  constructor(
    readonly body: RecordCustomerFinancialsDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class ImportCustomerFinancialsCommand extends Command<CommandResponse> {
  constructor(
    readonly body: ImportCustomerFinancialsDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordCustomerFinancialsCommand)
export class RecordCustomerFinancialsHandler implements ICommandHandler<RecordCustomerFinancialsCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: RecordCustomerFinancialsCommand): Promise<CommandResponse> {
    const customerId = await requireRegisteredCustomer(this.deps.store, body.customerId);
    const handled = await handleCommand(
      this.deps,
      customerFinancialsStream(customerId),
      customerFinancialsDecider,
      { type: 'RecordCustomerFinancials', data: { ...body, customerId, actor: context.actor } },
      context,
    );
    return commandResponse({ customerId, year: String(body.year) }, handled);
  }
}

@CommandHandler(ImportCustomerFinancialsCommand)
export class ImportCustomerFinancialsHandler implements ICommandHandler<ImportCustomerFinancialsCommand> {
  constructor(@Inject(COMMAND_DEPS) private readonly deps: CommandHandlingDeps) {}

  async execute({ body, context }: ImportCustomerFinancialsCommand): Promise<CommandResponse> {
    // A file that does not parse is refused before any look-up; the decider parses it again, purely.
    const customers = [...new Set(parseFinancialsCsv(body.csv).map((r) => r.customerId))];
    const registeredCustomers = new Set<string>();
    for (const id of customers) {
      const [registered] = await this.deps.store.readStream(customerStream(id), { maxCount: 1 });
      if (registered) registeredCustomers.add(id);
    }
    const importId = randomUUID();
    const handled = await handleCommand(
      this.deps,
      financialsImportStream(importId),
      financialsImportDecider,
      {
        type: 'ImportCustomerFinancials',
        data: { importId, ...(body.fileName === undefined ? {} : { fileName: body.fileName }), csv: body.csv, registeredCustomers, actor: context.actor },
      },
      context,
    );
    const rows = handled.events[0]?.data.rows.length ?? 0;
    return commandResponse({ importId, rows: String(rows) }, handled);
  }
}

@ApiTags('scorecard inputs')
@Controller('customer-financials')
export class CustomerFinancialsRoute {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiCommand("Enter a customer's financials for a year: revenue, value added (operating profit + personnel costs), active (replaces the earlier record)", ['controller', 'admin'])
  record(@Body() body: RecordCustomerFinancialsDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new RecordCustomerFinancialsCommand(body, context));
  }

  @Post('imports')
  @ApiCommand('Import customers’ financials from a CSV file: all rows or none; a bad row is refused with its line number', ['controller', 'admin'])
  import(@Body() body: ImportCustomerFinancialsDto, @Ctx() context: CommandContext): Promise<CommandResponse> {
    return this.commandBus.execute(new ImportCustomerFinancialsCommand(body, context));
  }
}
