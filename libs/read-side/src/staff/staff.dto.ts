import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { REGIONS, ROLES } from '#libs/decider';
import { PageOf } from '../common/api-list.js';
import { ListQueryDto } from '../common/list-query.dto.js';

export class EmployeesQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, enum: ROLES, description: 'Employees holding this role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: string;

  @ApiProperty({ required: false, enum: REGIONS })
  @IsOptional()
  @IsIn(REGIONS)
  region?: string;
}

export class ExpiringQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, type: 'integer', minimum: 0, maximum: 366, default: 30, description: 'Certifications whose validity ends within this many days from today' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'withinDays must be a whole number' })
  @Min(0, { message: 'withinDays must be from 0 to 366' })
  @Max(366, { message: 'withinDays must be from 0 to 366' })
  withinDays?: number;
}

export class CertificationDto {
  @ApiProperty({ example: '2026-01-01' }) validFrom!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2026-12-31',
    description: 'The last valid day: the granted end or the day before a revocation, whichever is earlier; null for open-ended',
  })
  validTo!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'As granted' }) grantedTo!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'A revocation’s effective date that ended it' }) revokedFrom!: string | null;
  @ApiProperty({ description: 'Valid today' }) validToday!: boolean;
  @ApiProperty({ example: 'ada' }) grantedBy!: string;
  @ApiProperty({ example: '2026-01-01T08:00:00.000Z' }) grantedAt!: string;
}

export class EmployeeDto {
  @ApiProperty({ example: 'olle', description: 'The user id (token subject); names are personal data and not listed' }) userId!: string;
  @ApiProperty({ enum: REGIONS }) region!: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['credit_officer'] }) roles!: string[];
  @ApiProperty({ description: 'Holds a credit certification valid today' }) certifiedToday!: boolean;
  @ApiProperty({ type: [CertificationDto], description: 'Credit certifications, by start date' }) certifications!: CertificationDto[];
}

export const EmployeePage = PageOf(EmployeeDto, 'EmployeePage');

export class ExpiringCertificationDto {
  @ApiProperty({ example: 'olle' }) userId!: string;
  @ApiProperty({ nullable: true, type: String, enum: REGIONS, description: 'Null when the employee is not registered' }) region!: string | null;
  @ApiProperty({ example: '2026-01-01' }) validFrom!: string;
  @ApiProperty({ example: '2026-12-31', description: 'The last valid day' }) validTo!: string;
  @ApiProperty({ example: 28, description: 'Days from today to validTo' }) daysLeft!: number;
}

export const ExpiringCertificationPage = PageOf(ExpiringCertificationDto, 'ExpiringCertificationPage');
