import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

export class RebuildProjectionsDto {
  @ApiPropertyOptional({ example: 'loans', description: 'One projection to rebuild; all of them when absent' })
  @IsOptional()
  @IsString()
  name?: string;
}
