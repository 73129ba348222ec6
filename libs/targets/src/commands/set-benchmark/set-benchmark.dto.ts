import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, Max, Min } from 'class-validator';
import { REGIONS, type Region } from '#libs/decider';
import { BENCHMARK_ATTRIBUTES, BENCHMARK_POPULATIONS, type BenchmarkAttribute, type BenchmarkPopulation } from '../../domain/benchmark.js';

export class SetBenchmarkDto {
  @ApiProperty({ enum: REGIONS, example: 'orebro' })
  @IsIn(REGIONS)
  region!: Region;

  @ApiProperty({ type: 'integer', example: 2026, minimum: 1900, maximum: 2999 })
  @IsInt()
  @Min(1900)
  @Max(2999)
  year!: number;

  @ApiProperty({ enum: BENCHMARK_ATTRIBUTES, example: 'women_led', description: 'The focus-group attribute' })
  @IsIn(BENCHMARK_ATTRIBUTES)
  attribute!: BenchmarkAttribute;

  @ApiProperty({ enum: BENCHMARK_POPULATIONS, example: 'new_businesses', description: "What the share is of: the region's business population or its new businesses" })
  @IsIn(BENCHMARK_POPULATIONS)
  population!: BenchmarkPopulation;

  @ApiProperty({ example: 0.32, minimum: 0, maximum: 1, description: 'The share as a fraction 0..1 (0.32 = 32 %)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  share!: number;
}
