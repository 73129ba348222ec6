import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { ScorecardScopeDto } from '../scorecard-scope.dto.js';

export class RecordDeviationCommentDto extends ScorecardScopeDto {
  @ApiProperty({ example: 'Fewer loans than targeted: two large banks widened their SME lending in the spring.', description: 'Why the outcome deviates from target' })
  @IsString()
  @Length(1, 4000)
  comment!: string;
}
