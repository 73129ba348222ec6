import { ApiProperty } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn } from 'class-validator';
import { ROLES, type Role } from '#libs/decider';

export class ChangeEmployeeRolesDto {
  @ApiProperty({ enum: ROLES, isArray: true, example: ['credit_officer', 'advisor'], description: 'The complete new set of roles; empty takes every right away' })
  @IsArray()
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];
}
