import { ApiProperty } from '@nestjs/swagger';
import { FigureScopeDto } from '../../figures.js';

export class CountShareDto {
  @ApiProperty() count!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'count ÷ all of the same kind in the period (0..1); null when there are none' }) share!: number | null;
}

export class TargetGroupInterventionsDto {
  @ApiProperty({ enum: ['bredd', 'ideal', 'spets', 'unclassified'], description: "The customer's group on each intervention's date" }) targetGroup!: string;
  @ApiProperty({ type: CountShareDto, description: 'Loans granted; share of all loans granted' }) loans!: CountShareDto;
  @ApiProperty({ type: CountShareDto, description: 'Modules delivered (not voided); share of all modules delivered' }) modules!: CountShareDto;
  @ApiProperty({ type: CountShareDto, description: 'Both; share of all interventions' }) total!: CountShareDto;
}

export class InterventionCountsDto {
  @ApiProperty() loans!: number;
  @ApiProperty() modules!: number;
  @ApiProperty() total!: number;
}

/** Figure 7: interventions per target group. */
export class TargetGroupsResponse extends FigureScopeDto {
  @ApiProperty({ type: InterventionCountsDto, description: 'All interventions in the period' }) interventions!: InterventionCountsDto;
  @ApiProperty({ type: [TargetGroupInterventionsDto], description: 'bredd, ideal, spets, unclassified: always all four' }) groups!: TargetGroupInterventionsDto[];
}
