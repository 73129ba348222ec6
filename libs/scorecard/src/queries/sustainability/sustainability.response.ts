import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '#libs/decider';
import { FigureScopeDto } from '../../figures.js';

/** Sessions with sustainability discussed and workshops delivered, for one cut. */
export class SustainabilityCountsDto {
  @ApiProperty({ type: 'integer', description: 'Advisory sessions held in the period' }) sessions!: number;
  @ApiProperty({ type: 'integer', description: 'Of them, sessions with sustainability discussed' }) sustainabilityDiscussed!: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.5, description: 'sustainabilityDiscussed ÷ sessions; null without sessions' }) share!: number | null;
  @ApiProperty({ type: 'integer', description: 'Hållbarhetsworkshop modules delivered in the period, not voided' }) workshops!: number;
}

export class SustainabilityByRegionDto extends SustainabilityCountsDto {
  @ApiProperty({ enum: ['vastmanland', 'orebro'], description: 'The customer’s latest region' }) region!: Region;
}

export class SustainabilityByAdvisorDto extends SustainabilityCountsDto {
  @ApiProperty({ example: 'advisor-anna' }) advisorId!: string;
}

/** Sustainability in customer meetings. */
export class SustainabilityResponse extends FigureScopeDto {
  @ApiProperty({ type: 'integer', description: 'Advisory sessions held in the period' }) sessions!: number;
  @ApiProperty({ type: 'integer', description: 'Of them, sessions with sustainability discussed' }) sustainabilityDiscussed!: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.5, description: 'sustainabilityDiscussed ÷ sessions; null without sessions' }) share!: number | null;
  @ApiProperty({ type: 'integer', description: 'Hållbarhetsworkshop modules delivered in the period, not voided' }) workshops!: number;
  @ApiProperty({ type: [SustainabilityByRegionDto], description: 'Each region asked for' }) byRegion!: SustainabilityByRegionDto[];
  @ApiProperty({ type: [SustainabilityByAdvisorDto], description: 'Advisors with sessions or workshops in the period, by id' }) byAdvisor!: SustainabilityByAdvisorDto[];
}
