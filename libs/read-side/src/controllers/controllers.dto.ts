import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { REGIONS } from '#libs/decider';
import { PageOf } from '../common/api-list.js';
import { ListQueryDto } from '../common/list-query.dto.js';

export class YearListQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, type: 'integer', example: 2026, minimum: 1900, maximum: 2100, description: 'Only this year (for funding projects: those running during it)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  @Min(1900, { message: 'year must be from 1900 to 2100' })
  @Max(2100, { message: 'year must be from 1900 to 2100' })
  year?: number;
}

export class TargetDto {
  @ApiProperty({ example: 'unique_customers_advisory' }) metric!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ nullable: true, type: Number, enum: [1, 2, 3, 4], example: null, description: 'Null for the whole year' }) quarter!: number | null;
  @ApiProperty({ nullable: true, type: String, enum: REGIONS, example: null, description: 'Null for both regions together' }) region!: string | null;
  @ApiProperty({ example: 'count' }) unit!: string;
  @ApiProperty({ example: 1200 }) value!: number;
}

export class BenchmarkDto {
  @ApiProperty({ enum: REGIONS }) region!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 'women_led' }) attribute!: string;
  @ApiProperty({ example: 'business_population' }) population!: string;
  @ApiProperty({ example: 0.31, description: 'A fraction 0–1' }) share!: number;
}

export class ReportCommentDto {
  @ApiProperty({ example: 'loans_granted' }) metric!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ nullable: true, type: Number, enum: [1, 2, 3, 4], example: 1 }) quarter!: number | null;
  @ApiProperty({ nullable: true, type: String, enum: REGIONS, example: null }) region!: string | null;
  @ApiProperty({ example: 'Två stora ansökningar sköts till april.' }) comment!: string;
  @ApiProperty({ example: 'carl' }) recordedBy!: string;
}

export class FundingProjectDto {
  @ApiProperty({ example: 'erufond-2026' }) projectId!: string;
  @ApiProperty({ example: 'Regionalfondsprojekt Mälardalen' }) name!: string;
  @ApiProperty({ example: 'Europeiska regionala utvecklingsfonden' }) funder!: string;
  @ApiProperty({ example: '2026-01-01' }) startsOn!: string;
  @ApiProperty({ example: '2027-12-31' }) endsOn!: string;
  @ApiProperty({ example: 150000000, description: 'Costs booked, all time' }) costsOre!: number;
  @ApiProperty({ example: 120000000, description: 'Revenues booked, all time' }) revenuesOre!: number;
}

export const TargetPage = PageOf(TargetDto, 'TargetPage');
export const BenchmarkPage = PageOf(BenchmarkDto, 'BenchmarkPage');
export const ReportCommentPage = PageOf(ReportCommentDto, 'ReportCommentPage');
export const FundingProjectPage = PageOf(FundingProjectDto, 'FundingProjectPage');
