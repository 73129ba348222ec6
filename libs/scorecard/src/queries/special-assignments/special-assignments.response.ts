import { ApiProperty } from '@nestjs/swagger';
import { FigureScopeDto } from '../../figures.js';

export class TimeMinutesByKindDto {
  @ApiProperty() customer!: number;
  @ApiProperty() internal!: number;
  @ApiProperty() absence!: number;
}

export class FundingProjectFiguresDto {
  @ApiProperty() projectId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'null when the project is not (yet) in the register' }) name!: string | null;
  @ApiProperty({ nullable: true, type: String }) funder!: string | null;
  @ApiProperty({ nullable: true, type: String }) startsOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) endsOn!: string | null;
  @ApiProperty({ description: 'Costs booked in the period (öre); not cut by region' }) costsOre!: number;
  @ApiProperty({ description: 'Revenues booked in the period (öre); not cut by region' }) revenuesOre!: number;
  @ApiProperty({ description: 'Advisory sessions held in the period under the project' }) advisorySessions!: number;
  @ApiProperty({ description: 'Modules delivered in the period under the project, not voided' }) deliveryModules!: number;
  @ApiProperty({ description: 'Loans granted in the period under the project' }) loansGranted!: number;
  @ApiProperty() grantedVolumeOre!: number;
  @ApiProperty({ description: 'Disbursements booked in the period on loans under the project' }) disbursedOre!: number;
  @ApiProperty({ type: TimeMinutesByKindDto, description: 'Live time entries in the period under the project' }) timeMinutes!: TimeMinutesByKindDto;
}

/** Figure 11: per funding project (special assignment). */
export class SpecialAssignmentsResponse extends FigureScopeDto {
  @ApiProperty({ type: [FundingProjectFiguresDto], description: 'Projects running during the period, and any other with something booked in it; by id' })
  projects!: FundingProjectFiguresDto[];
}
