import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Column types are explicit so the entities load without emitted decorator metadata. */
/** Time entries as last corrected; a voided one keeps its row with voided = true. */
@Entity({ name: 'rm_time_entries' })
export class TimeEntryRow {
  @PrimaryColumn({ name: 'entry_id', type: 'text' })
  entryId!: string;

  @Column({ name: 'employee_id', type: 'text' })
  employeeId!: string;

  @Column({ name: 'worked_on', type: 'date' })
  workedOn!: string;

  @Column({ name: 'minutes', type: 'integer' })
  minutes!: number;

  @Column({ name: 'kind', type: 'text' })
  kind!: 'customer' | 'internal' | 'absence';

  @Column({ name: 'customer_id', type: 'text', nullable: true })
  customerId!: string | null;

  @Column({ name: 'funding_project_id', type: 'text', nullable: true })
  fundingProjectId!: string | null;

  @Column({ name: 'voided', type: 'boolean' })
  voided!: boolean;

  /** Stream revision of the event the row was last written from: an older event never overwrites it. */
  @Column({ name: 'revision', type: 'integer', default: -1 })
  revision!: number;
}

/** Live (not voided) minutes per employee and day, by kind: recomputed from rm_time_entries for each day a batch touches. */
@Entity({ name: 'rm_time_daily' })
export class TimeDailyRow {
  @PrimaryColumn({ name: 'employee_id', type: 'text' })
  employeeId!: string;

  @PrimaryColumn({ name: 'worked_on', type: 'date' })
  workedOn!: string;

  @Column({ name: 'customer_minutes', type: 'integer' })
  customerMinutes!: number;

  @Column({ name: 'internal_minutes', type: 'integer' })
  internalMinutes!: number;

  @Column({ name: 'absence_minutes', type: 'integer' })
  absenceMinutes!: number;
}

/** The same per employee and month (month = its first day): what month, quarter and year figures read. */
@Entity({ name: 'rm_time_monthly' })
export class TimeMonthlyRow {
  @PrimaryColumn({ name: 'employee_id', type: 'text' })
  employeeId!: string;

  @PrimaryColumn({ name: 'month', type: 'date' })
  month!: string;

  @Column({ name: 'customer_minutes', type: 'integer' })
  customerMinutes!: number;

  @Column({ name: 'internal_minutes', type: 'integer' })
  internalMinutes!: number;

  @Column({ name: 'absence_minutes', type: 'integer' })
  absenceMinutes!: number;
}
