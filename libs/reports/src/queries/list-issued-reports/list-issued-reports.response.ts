import { ApiProperty } from '@nestjs/swagger';

export class IssuedReportSummaryDto {
  @ApiProperty({ example: 'report-2026-Q1' }) streamId!: string;
  @ApiProperty({ enum: ['quarterly', 'yearly'] }) kind!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ nullable: true, type: Number }) quarter!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'null: both regions together' }) region!: string | null;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ description: 'The latest version of its report' }) latest!: boolean;
  @ApiProperty({ example: '1234-5', description: 'The store’s head the figures were computed at' }) position!: string;
  @ApiProperty() issuedBy!: string;
  @ApiProperty({ example: '2026-04-15' }) issuedOn!: string;
  @ApiProperty() issuedAt!: string;
  @ApiProperty({ description: 'How many figures it holds (read them with GET /reports/quarterly|yearly?issued=<version>)' }) figureCount!: number;
}

export class IssuedReportsResponse {
  @ApiProperty() year!: number;
  @ApiProperty({ type: [IssuedReportSummaryDto], description: 'Quarters 1–4, then the year; both regions before each region; versions in order' }) reports!: IssuedReportSummaryDto[];
}
