import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '#libs/decider';
import { FigureScopeDto } from '../../figures.js';

export const RECOMMENDATION_GOAL = 0.9;

export class RecommendationShareDto {
  @ApiProperty({ description: 'Survey answers given in the period' }) answers!: number;
  @ApiProperty({ description: 'Of them, those that would recommend Almi' }) wouldRecommend!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'wouldRecommend ÷ answers (0..1); null when there are no answers' }) share!: number | null;
}

export class RecommendationShareByRegionDto extends RecommendationShareDto {
  @ApiProperty({ enum: ['vastmanland', 'orebro'], description: "The customer's latest region" }) region!: Region;
}

/** Figure 10. */
export class RecommendationsResponse extends FigureScopeDto {
  @ApiProperty() answers!: number;
  @ApiProperty() wouldRecommend!: number;
  @ApiProperty({ nullable: true, type: Number }) share!: number | null;
  @ApiProperty({ example: RECOMMENDATION_GOAL, description: 'The directive’s goal: at least 90 % would recommend' }) goal!: number;
  @ApiProperty({ type: [RecommendationShareByRegionDto] }) byRegion!: RecommendationShareByRegionDto[];
}
