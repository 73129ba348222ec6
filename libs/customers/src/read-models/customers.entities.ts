import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Column types are explicit so the entities load without emitted decorator metadata. */
/** One row per registered customer: its latest profile and owner answers (focus groups). */
@Entity({ name: 'rm_customers' })
export class CustomerRow {
  @PrimaryColumn({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'region', type: 'text' })
  region!: string;

  @Column({ name: 'municipality', type: 'text' })
  municipality!: string;

  @Column({ name: 'founded_on', type: 'date' })
  foundedOn!: string;

  @Column({ name: 'phase', type: 'text' })
  phase!: string;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn!: string;

  @Column({ name: 'women_led', type: 'text' })
  womenLed!: string;

  @Column({ name: 'foreign_background', type: 'text' })
  foreignBackground!: string;

  @Column({ name: 'personal_data_erased', type: 'boolean' })
  personalDataErased!: boolean;
}

/** Target-group history: the group effective from a date; the latest recorded wins for the same date. */
@Entity({ name: 'rm_customer_classifications' })
export class CustomerClassificationRow {
  @PrimaryColumn({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @PrimaryColumn({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'target_group', type: 'text' })
  targetGroup!: string;

  @Column({ name: 'recorded_commit', type: 'bigint' })
  recordedCommit!: number;

  @Column({ name: 'recorded_prepare', type: 'bigint' })
  recordedPrepare!: number;
}
