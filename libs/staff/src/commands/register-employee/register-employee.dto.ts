import { ApiProperty } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
import { REGIONS, ROLES, type Region, type Role } from '#libs/decider';

export class RegisterEmployeeDto {
  @ApiProperty({ example: 'anna.lind', description: "The identity provider's subject for this person: the `sub` of their tokens" })
  @IsString()
  @Matches(/^[^\s/]{1,200}$/, { message: 'userId must be 1–200 characters without spaces or slashes' })
  userId!: string;

  @ApiProperty({ example: 'Anna Lind', description: "Personal data: sealed under the employee's key" })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: REGIONS })
  @IsIn(REGIONS)
  region!: Region;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['credit_officer'] })
  @IsArray()
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];
}
