import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MENTOR_PROGRAMMES } from '#libs/advisory';
import { PageOf } from '../common/api-list.js';
import { DATE, ListQueryDto } from '../common/list-query.dto.js';

export class AdvisoryListQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, example: 'anna', description: 'The advisor' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  advisor?: string;

  @ApiProperty({ required: false, example: '556036-0793', description: 'The customer’s organisationsnummer, with or without the hyphen' })
  @IsOptional()
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer NNNNNN-NNNN' })
  customerId?: string;

  @ApiProperty({ required: false, example: '2026-01-01', description: 'First business date, included' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiProperty({ required: false, example: '2026-03-31', description: 'Last business date, included' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}

export class MentorPairListQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, example: '2026-03-31', description: 'Only pairs active on this date: matched on or before it, not concluded by then' })
  @IsOptional()
  @Matches(DATE, { message: 'activeOn must be a date YYYY-MM-DD' })
  activeOn?: string;

  @ApiProperty({ required: false, enum: MENTOR_PROGRAMMES })
  @IsOptional()
  @IsIn(MENTOR_PROGRAMMES)
  programme?: string;

  @ApiProperty({ required: false, example: '556036-0793' })
  @IsOptional()
  @Matches(/^\d{6}-?\d{4}$/, { message: 'customerId must be an organisationsnummer NNNNNN-NNNN' })
  customerId?: string;
}

export class SessionDto {
  @ApiProperty({ example: 'anna-2026-03-02-a' }) sessionId!: string;
  @ApiProperty({ example: '5560360793' }) customerId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Älvdalens Verkstads AB' }) customerName!: string | null;
  @ApiProperty({ example: 'anna' }) advisorId!: string;
  @ApiProperty({ example: '2026-03-02' }) date!: string;
  @ApiProperty({ example: 90 }) durationMinutes!: number;
  @ApiProperty() sustainabilityDiscussed!: boolean;
  @ApiProperty({ nullable: true, type: String, example: null }) fundingProjectId!: string | null;
}

export class DeliveryDto {
  @ApiProperty({ example: '3f0c9a52-…' }) deliveryId!: string;
  @ApiProperty({ example: '5560360793' }) customerId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Älvdalens Verkstads AB' }) customerName!: string | null;
  @ApiProperty({ example: 'behovssamtal' }) module!: string;
  @ApiProperty({ example: 'anna' }) advisorId!: string;
  @ApiProperty({ example: '2026-03-04' }) deliveredOn!: string;
  @ApiProperty({ description: 'Voided deliveries are listed, marked; they count in no figure' }) voided!: boolean;
  @ApiProperty({ nullable: true, type: String, example: null }) voidedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) voidReason!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) fundingProjectId!: string | null;
}

export class MentorPairDto {
  @ApiProperty({ example: '9a1b…' }) pairId!: string;
  @ApiProperty({ enum: MENTOR_PROGRAMMES }) programme!: string;
  @ApiProperty({ example: '5560360793' }) customerId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Älvdalens Verkstads AB' }) customerName!: string | null;
  @ApiProperty({ example: '2026-02-01' }) matchedOn!: string;
  @ApiProperty({ nullable: true, type: String, example: null }) concludedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) fundingProjectId!: string | null;
}

export const SessionPage = PageOf(SessionDto, 'AdvisorySessionPage');
export const DeliveryPage = PageOf(DeliveryDto, 'DeliveryPage');
export const MentorPairPage = PageOf(MentorPairDto, 'MentorPairPage');
