import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Length, Matches } from 'class-validator';

export class RegisterFundingProjectDto {
  @ApiProperty({ example: 'Grön omställning Mälardalen' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'Europeiska regionala utvecklingsfonden', description: 'Who finances the special assignment' })
  @IsString()
  @Length(1, 200)
  funder!: string;

  @ApiProperty({ example: '2026-01-01', description: 'First business date of the project' })
  @IsISO8601({ strict: true }, { message: 'startsOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'startsOn must be a date YYYY-MM-DD in the years 1900–2100' })
  startsOn!: string;

  @ApiProperty({ example: '2027-12-31', description: 'Last business date of the project (costs and revenues are booked within the period)' })
  @IsISO8601({ strict: true }, { message: 'endsOn must be a date YYYY-MM-DD' })
  @Matches(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, { message: 'endsOn must be a date YYYY-MM-DD in the years 1900–2100' })
  endsOn!: string;
}
