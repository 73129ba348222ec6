import { ApiProperty } from '@nestjs/swagger';
import { CompanyFigureScopeDto } from '../../figures.js';

export const FREE_EQUITY_BAND = { min: 3, max: 6 } as const;

/** Free equity at one quarter end. */
export class FreeEquityAtQuarterDto {
  @ApiProperty({ example: '2025-Q4' }) quarter!: string;
  @ApiProperty({ example: '2025-12-31', description: 'The quarter’s last day' }) quarterEnd!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Free equity at the quarter end, öre; null when not entered' }) freeEquityOre!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Operating costs of the four quarters ending with it, öre; null when one of them is missing' })
  operatingCostsOre!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 4.2, description: 'free equity ÷ (operating costs ÷ 12); null without data' }) months!: number | null;
  @ApiProperty({ nullable: true, type: Boolean, description: `months within the band (${FREE_EQUITY_BAND.min}–${FREE_EQUITY_BAND.max}); null without data` })
  withinBand!: boolean | null;
}

export class FreeEquityBandDto {
  @ApiProperty({ example: FREE_EQUITY_BAND.min, description: 'Fewest months of operating costs' }) min!: number;
  @ApiProperty({ example: FREE_EQUITY_BAND.max, description: 'Most months of operating costs' }) max!: number;
}

/** Free equity in months of operating costs: a company figure. */
export class FreeEquityResponse extends CompanyFigureScopeDto {
  @ApiProperty({ type: FreeEquityBandDto }) band!: FreeEquityBandDto;
  @ApiProperty({ type: FreeEquityAtQuarterDto, nullable: true, description: 'At the last quarter end on or before the period’s last day' })
  atPeriodEnd!: FreeEquityAtQuarterDto | null;
  @ApiProperty({ type: [FreeEquityAtQuarterDto], description: 'At every quarter end inside the period, oldest first' }) quarters!: FreeEquityAtQuarterDto[];
}
