import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '#libs/decider';
import { FigureScopeDto } from '../../figures.js';

/** The figures of one municipality (the customer's latest) in one region. */
export class MunicipalityFiguresDto {
  @ApiProperty({ example: 'Västerås' }) municipality!: string;
  @ApiProperty({ enum: ['vastmanland', 'orebro'] }) region!: Region;
  @ApiProperty({ type: 'integer', description: 'Distinct over Advisory (module or session) and Loans (loan granted)' }) uniqueCustomers!: number;
  @ApiProperty({ type: 'integer', description: 'Customers with a module delivered or a session held' }) uniqueCustomersAdvisory!: number;
  @ApiProperty({ type: 'integer', description: 'Customers with a loan granted' }) uniqueCustomersLoans!: number;
  @ApiProperty({ type: 'integer', description: 'Loans granted + modules delivered (not voided)' }) interventions!: number;
  @ApiProperty({ type: 'integer' }) loansGranted!: number;
  @ApiProperty({ type: 'integer', description: 'Modules delivered, not voided' }) deliveryModules!: number;
  @ApiProperty({ type: 'integer', description: 'Sum of the granted amounts of the loans granted, öre' }) grantedVolumeOre!: number;
  @ApiProperty({ type: 'integer', description: 'Disbursements booked in the period, öre' }) newLendingVolumeOre!: number;
}

/** The figures by municipality. */
export class MunicipalitiesResponse extends FigureScopeDto {
  @ApiProperty({ type: [MunicipalityFiguresDto], description: 'Municipalities with activity in the period, by name and region' }) municipalities!: MunicipalityFiguresDto[];
}
