import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Column types are explicit so the entities load without emitted decorator metadata. */
/** Survey answers: would the customer recommend Almi. */
@Entity({ name: 'rm_survey_answers' })
export class SurveyAnswerRow {
  @PrimaryColumn({ name: 'answer_id', type: 'text' })
  answerId!: string;

  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @Column({ name: 'answered_on', type: 'date' })
  answeredOn!: string;

  @Column({ name: 'would_recommend', type: 'boolean' })
  wouldRecommend!: boolean;

  @Column({ name: 'score', type: 'integer', nullable: true })
  score!: number | null;
}
