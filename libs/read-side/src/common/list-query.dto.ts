import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { DEFAULT_LIMIT, MAX_LIMIT } from './paging.js';

/** Read-your-writes, as on the figure routes. */
export class ReadYourWritesQueryDto {
  @ApiProperty({
    required: false,
    example: '1234-5678',
    description: "A command's answered position (<commit>-<prepare>): the answer includes everything up to it (read your writes)",
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,16}-\d{1,16}$/, { message: 'position must be <commit>-<prepare>' })
  position?: string;

  @ApiProperty({ required: false, example: '2000', description: 'How long to wait for the read models to reach position, in ms (503 when they do not)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,6}$/, { message: 'waitMs must be a whole number of milliseconds' })
  waitMs?: string;
}

/** Paging every list route takes, beside read-your-writes. */
export class ListQueryDto extends ReadYourWritesQueryDto {
  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: 'Items per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be from 1 to ${MAX_LIMIT}` })
  @Max(MAX_LIMIT, { message: `limit must be from 1 to ${MAX_LIMIT}` })
  limit?: number;

  @ApiProperty({ required: false, description: 'The nextCursor of the previous page (opaque)', example: 'WyJhY21lIGFiIiwiNTU2MDM2MDc5MyJd' })
  @IsOptional()
  @IsString()
  cursor?: string;
}

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
