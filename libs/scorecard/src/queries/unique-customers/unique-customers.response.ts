import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '#libs/decider';
import { FigureScopeDto } from '../../figures.js';

export class CustomerCountsDto {
  @ApiProperty({ description: 'Distinct customers with a delivered module (not voided) or an advisory session in the period' }) advisory!: number;
  @ApiProperty({ description: 'Distinct customers with a loan granted in the period' }) loans!: number;
  @ApiProperty({ description: 'Distinct customers over both' }) total!: number;
}

export class CustomerCountsByRegionDto extends CustomerCountsDto {
  @ApiProperty({ enum: ['vastmanland', 'orebro'] }) region!: Region;
}

export class AdvisoryCustomersByAdvisorDto {
  @ApiProperty() advisorId!: string;
  @ApiProperty({ description: 'Distinct customers this advisor delivered a module to or held a session with' }) advisory!: number;
}

export class UniqueCustomersDto extends CustomerCountsDto {
  @ApiProperty({ type: [CustomerCountsByRegionDto], description: 'By the customer’s latest region' }) byRegion!: CustomerCountsByRegionDto[];
  @ApiProperty({ type: [AdvisoryCustomersByAdvisorDto], description: 'Advisory only; a customer seen by two advisors counts for each' })
  byAdvisor!: AdvisoryCustomersByAdvisorDto[];
}

export class ModuleCountDto {
  @ApiProperty({ example: 'behovssamtal' }) module!: string;
  @ApiProperty() count!: number;
}

export class RegionCountDto {
  @ApiProperty({ enum: ['vastmanland', 'orebro'] }) region!: Region;
  @ApiProperty() count!: number;
}

export class AdvisorCountDto {
  @ApiProperty() advisorId!: string;
  @ApiProperty() count!: number;
}

export class DeliveryModulesDto {
  @ApiProperty({ description: 'Modules delivered in the period, minus those voided (whenever voided)' }) total!: number;
  @ApiProperty({ type: [ModuleCountDto] }) byModule!: ModuleCountDto[];
  @ApiProperty({ type: [RegionCountDto] }) byRegion!: RegionCountDto[];
  @ApiProperty({ type: [AdvisorCountDto] }) byAdvisor!: AdvisorCountDto[];
}

/** Figures 5 and 6. */
export class UniqueCustomersResponse extends FigureScopeDto {
  @ApiProperty({ type: UniqueCustomersDto }) uniqueCustomers!: UniqueCustomersDto;
  @ApiProperty({ type: DeliveryModulesDto }) deliveryModules!: DeliveryModulesDto;
}
