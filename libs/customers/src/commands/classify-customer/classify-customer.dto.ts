import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { TARGET_GROUPS, type TargetGroup } from '../../domain/target-group.js';

export class ClassifyCustomerDto {
  @ApiProperty({ enum: TARGET_GROUPS, description: 'Target group of the målgruppsmodell: Bredd, Ideal or Spets' })
  @IsIn(TARGET_GROUPS)
  group!: TargetGroup;

  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'Business date from which the group holds (may lie in the past: interventions from then on count for it); defaults to today (Europe/Stockholm)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'effectiveFrom must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a date YYYY-MM-DD in the years 1900–2100' })
  effectiveFrom?: string;
}
