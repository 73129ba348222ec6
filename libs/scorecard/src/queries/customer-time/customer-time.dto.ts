import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FigureQueryDto } from '../../figure-query.dto.js';
import { GRANULARITIES, type Granularity } from '../../period.js';

export class CustomerTimeQueryDto extends FigureQueryDto {
  @ApiProperty({ required: false, enum: GRANULARITIES, default: 'month', description: 'Buckets across the period: ISO weeks (Monday start), months, quarters or years' })
  @IsOptional()
  @IsIn(GRANULARITIES)
  granularity?: Granularity;
}
