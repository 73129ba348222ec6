import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { COMPANY_PHASES, TARGET_GROUPS } from '#libs/customers';
import { REGIONS } from '#libs/decider';
import { PageOf } from '../common/api-list.js';
import { ListQueryDto, ReadYourWritesQueryDto } from '../common/list-query.dto.js';

const GROUPS = [...TARGET_GROUPS, 'unclassified'] as const;

export class CustomerListQueryDto extends ListQueryDto {
  @ApiProperty({
    required: false,
    example: 'verkst',
    description:
      'Name or organisationsnummer. Digits (with or without the hyphen) match the number’s beginning; words match the beginnings of the name’s words, case-insensitive, with å/ä → a, ö → o, é → e folded',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiProperty({ required: false, enum: REGIONS })
  @IsOptional()
  @IsIn(REGIONS)
  region?: string;

  @ApiProperty({ required: false, example: 'Västerås', description: 'The customer’s latest municipality (case and accents ignored)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string;

  @ApiProperty({ required: false, enum: GROUPS, description: 'The current target group' })
  @IsOptional()
  @IsIn(GROUPS)
  targetGroup?: string;

  @ApiProperty({ required: false, enum: COMPANY_PHASES })
  @IsOptional()
  @IsIn(COMPANY_PHASES)
  phase?: string;
}

export class CustomerQueryDto extends ReadYourWritesQueryDto {}

export class CustomerSummaryDto {
  @ApiProperty({ description: 'The 10-digit organisationsnummer: the customer’s id', example: '5560360793' }) customerId!: string;
  @ApiProperty({ description: 'Written NNNNNN-NNNN', example: '556036-0793' }) organisationNumber!: string;
  @ApiProperty({ example: 'Verkstads AB' }) name!: string;
  @ApiProperty({ enum: REGIONS, example: 'vastmanland' }) region!: string;
  @ApiProperty({ example: 'Västerås' }) municipality!: string;
  @ApiProperty({ enum: COMPANY_PHASES, example: 'growth' }) phase!: string;
  @ApiProperty({ enum: GROUPS, example: 'ideal', description: 'The classification with the latest effective date' }) targetGroup!: string;
  @ApiProperty({ example: '2026-03-02' }) registeredOn!: string;
}

export const CustomerPage = PageOf(CustomerSummaryDto, 'CustomerPage');

export class ClassificationDto {
  @ApiProperty({ enum: TARGET_GROUPS, example: 'ideal' }) group!: string;
  @ApiProperty({ example: '2026-01-01' }) effectiveFrom!: string;
}

export class OwnerProfileDto {
  @ApiProperty({ description: 'An owner profile has been recorded' }) recorded!: boolean;
  @ApiProperty({ description: 'The owner’s personal data was erased on request' }) erased!: boolean;
  @ApiProperty({ required: false, enum: ['yes', 'no', 'unknown'], description: 'Only to admins, and never once erased' }) womenLed?: string;
  @ApiProperty({ required: false, enum: ['yes', 'no', 'unknown'], description: 'Only to admins, and never once erased' }) foreignBackground?: string;
}

export class TimelineSessionDto {
  @ApiProperty({ example: 'anna' }) advisorId!: string;
  @ApiProperty({ example: 90 }) durationMinutes!: number;
  @ApiProperty() sustainabilityDiscussed!: boolean;
}

export class TimelineDeliveryDto {
  @ApiProperty({ example: 'behovssamtal' }) module!: string;
  @ApiProperty({ example: 'anna' }) advisorId!: string;
  @ApiProperty({ description: 'Voided deliveries stay in the timeline, marked' }) voided!: boolean;
  @ApiProperty({ nullable: true, type: String, example: null }) voidedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) voidReason!: string | null;
}

export class TimelineLoanDto {
  @ApiProperty({ example: 'foretagslan' }) product!: string;
  @ApiProperty({ enum: ['applied', 'granted', 'approved', 'active', 'written_off', 'closed', 'rejected'], example: 'active' }) status!: string;
  @ApiProperty({ example: 30000000 }) appliedAmountOre!: number;
  @ApiProperty({ nullable: true, type: Number, example: 25000000 }) grantedAmountOre!: number | null;
}

export class TimelineMentorPairDto {
  @ApiProperty({ example: 'mentor_starta_foretag' }) programme!: string;
  @ApiProperty({ example: '2026-02-01' }) matchedOn!: string;
  @ApiProperty({ nullable: true, type: String, example: null }) concludedOn!: string | null;
}

export class TimelineSurveyAnswerDto {
  @ApiProperty() wouldRecommend!: boolean;
  @ApiProperty({ nullable: true, type: Number, example: 9 }) score!: number | null;
}

const KINDS = ['session', 'delivery', 'loan', 'mentor_pair', 'survey_answer'] as const;

/** One thing that happened with the customer; exactly the field named by kind is present. */
export class TimelineEntryDto {
  @ApiProperty({ enum: KINDS, example: 'delivery' }) kind!: (typeof KINDS)[number];
  @ApiProperty({ description: 'The session, delivery, loan, pair or answer id', example: '3f0c9a52-…' }) id!: string;
  @ApiProperty({ description: 'Business date: held, delivered, applied, matched, answered', example: '2026-03-02' }) date!: string;
  @ApiProperty({ required: false, type: TimelineSessionDto }) session?: TimelineSessionDto;
  @ApiProperty({ required: false, type: TimelineDeliveryDto }) delivery?: TimelineDeliveryDto;
  @ApiProperty({ required: false, type: TimelineLoanDto }) loan?: TimelineLoanDto;
  @ApiProperty({ required: false, type: TimelineMentorPairDto }) mentorPair?: TimelineMentorPairDto;
  @ApiProperty({ required: false, type: TimelineSurveyAnswerDto }) surveyAnswer?: TimelineSurveyAnswerDto;
}

export class CustomerDetailDto extends CustomerSummaryDto {
  @ApiProperty({ example: '2019-04-01' }) foundedOn!: string;
  @ApiProperty({ type: [ClassificationDto], description: 'Every classification, by effective date' }) targetGroupHistory!: ClassificationDto[];
  @ApiProperty({ type: OwnerProfileDto }) ownerProfile!: OwnerProfileDto;
  @ApiProperty({ type: [TimelineEntryDto], description: 'Sessions, deliveries, loans, mentor pairs and survey answers, by date' }) timeline!: TimelineEntryDto[];
  @ApiProperty({ example: '812-4410', description: 'The global position the answer reflects' }) position!: string;
}
