import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '#libs/decider';
import { FigureScopeDto } from '../../figures.js';

export class GrowthRatioTermDto {
  @ApiProperty({ description: 'Cohort customers with the figure in both the base and the end year' }) customers!: number;
  @ApiProperty({ description: 'Σ over them in the base year, öre' }) baseOre!: number;
  @ApiProperty({ description: 'Σ over them in the end year, öre' }) endOre!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Σ end ÷ Σ base − 1; null without data' }) growth!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The control group’s growth (both regions: weighted by customers in the term)' }) control!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '(1 + growth) ÷ (1 + control)' }) ratio!: number | null;
}

export class SurvivalTermDto {
  @ApiProperty() withBaseYearFinancials!: number;
  @ApiProperty({ description: 'Of them, active at the end of the end year' }) activeAtEnd!: number;
  @ApiProperty({ nullable: true, type: Number }) rate!: number | null;
  @ApiProperty({ nullable: true, type: Number }) control!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'rate ÷ control' }) ratio!: number | null;
}

export class GrowthIndexTermsDto {
  @ApiProperty({ description: 'Customers with at least one intervention in the cohort year' }) cohortCustomers!: number;
  @ApiProperty({ type: GrowthRatioTermDto }) revenue!: GrowthRatioTermDto;
  @ApiProperty({ type: GrowthRatioTermDto }) valueAdded!: GrowthRatioTermDto;
  @ApiProperty({ type: SurvivalTermDto }) survival!: SurvivalTermDto;
  @ApiProperty({ nullable: true, type: Number, description: '100 × Σ weight × ratio; null when a weighted term lacks data' }) index!: number | null;
}

export class GrowthIndexByRegionDto extends GrowthIndexTermsDto {
  @ApiProperty({ enum: ['vastmanland', 'orebro'] }) region!: Region;
}

export class GrowthParametersDto {
  @ApiProperty() revenueWeight!: number;
  @ApiProperty() valueAddedWeight!: number;
  @ApiProperty() survivalWeight!: number;
  @ApiProperty() horizonYears!: number;
  @ApiProperty({ description: 'false: the contract’s defaults (⅓ each, 2 years)' }) setForYear!: boolean;
}

export class GrowthIndexResponse extends FigureScopeDto {
  @ApiProperty() cohortYear!: number;
  @ApiProperty() baseYear!: number;
  @ApiProperty() endYear!: number;
  @ApiProperty({ type: GrowthParametersDto }) parameters!: GrowthParametersDto;
  @ApiProperty({ example: 100, description: 'Above 100 the customers developed better than the control group' }) goal!: number;
  @ApiProperty() cohortCustomers!: number;
  @ApiProperty({ type: GrowthRatioTermDto }) revenue!: GrowthRatioTermDto;
  @ApiProperty({ type: GrowthRatioTermDto }) valueAdded!: GrowthRatioTermDto;
  @ApiProperty({ type: SurvivalTermDto }) survival!: SurvivalTermDto;
  @ApiProperty({ nullable: true, type: Number }) index!: number | null;
  @ApiProperty({ type: [GrowthIndexByRegionDto] }) byRegion!: GrowthIndexByRegionDto[];
}
