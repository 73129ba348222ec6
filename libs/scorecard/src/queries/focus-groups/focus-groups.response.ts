import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '#libs/decider';
import { FigureScopeDto } from '../../figures.js';

export class BenchmarkShareDto {
  @ApiProperty({ enum: ['vastmanland', 'orebro'] }) region!: Region;
  @ApiProperty({ enum: ['business_population', 'new_businesses'] }) population!: string;
  @ApiProperty({ description: 'Share 0..1 entered for the region and year' }) share!: number;
}

export class OwnerAttributeShareDto {
  @ApiProperty() yes!: number;
  @ApiProperty() no!: number;
  @ApiProperty({ description: "Not answered, answered 'unknown', or erased: outside the share" }) unknown!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'yes ÷ (yes + no); null when none is known' }) share!: number | null;
  @ApiProperty({ type: [BenchmarkShareDto] }) benchmarks!: BenchmarkShareDto[];
}

export class EarlyStageShareDto {
  @ApiProperty() earlyStage!: number;
  @ApiProperty({ description: 'All counted (the phase is always known)' }) all!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'earlyStage ÷ all; null when there are none' }) share!: number | null;
  @ApiProperty({ type: [BenchmarkShareDto] }) benchmarks!: BenchmarkShareDto[];
}

export class FocusPopulationDto {
  @ApiProperty({ description: 'Loans granted (a customer with two loans counts twice), or unique advisory customers' }) count!: number;
  @ApiProperty({ type: OwnerAttributeShareDto }) womenLed!: OwnerAttributeShareDto;
  @ApiProperty({ type: OwnerAttributeShareDto }) foreignBackground!: OwnerAttributeShareDto;
  @ApiProperty({ type: EarlyStageShareDto }) earlyStage!: EarlyStageShareDto;
}

/** Figure 9: focus-group shares among loans granted and among unique advisory customers, with benchmarks. */
export class FocusGroupsResponse extends FigureScopeDto {
  @ApiProperty({ description: 'The year whose benchmarks are shown (the year of the period’s last day)' }) benchmarkYear!: number;
  @ApiProperty({ type: FocusPopulationDto }) loans!: FocusPopulationDto;
  @ApiProperty({ type: FocusPopulationDto }) advisory!: FocusPopulationDto;
}
