import { ApiProperty } from '@nestjs/swagger';
import { FigureScopeDto } from '../../figures.js';

export class MentorPairCountsDto {
  @ApiProperty({ description: 'Pairs matched in the period' }) matched!: number;
  @ApiProperty({ description: 'Pairs matched on or before the period’s last day and not concluded by then' }) active!: number;
}

export class MentorProgrammeDto extends MentorPairCountsDto {
  @ApiProperty({ enum: ['mentor_starta_foretag', 'mentor_utveckla_foretag'] }) programme!: string;
}

/** Figure 12. */
export class MentorPairsResponse extends FigureScopeDto {
  @ApiProperty({ type: MentorPairCountsDto }) total!: MentorPairCountsDto;
  @ApiProperty({ type: [MentorProgrammeDto], description: 'Both programmes, and any other found' }) byProgramme!: MentorProgrammeDto[];
}
