import { ApiProperty } from '@nestjs/swagger';
import { IsNumber } from 'class-validator';
import { ScorecardScopeDto } from '../scorecard-scope.dto.js';

export class SetTargetDto extends ScorecardScopeDto {
  @ApiProperty({
    example: 4_500_000_000,
    description: "In the metric's unit: counts and öre are whole numbers ≥ 0, shares fractions 0..1, percents a number of percent (2 = 2 %)",
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
}
