import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Column types are explicit so the entities load without emitted decorator metadata. */
/** Advisory sessions logged. */
@Entity({ name: 'rm_advisory_sessions' })
export class AdvisorySessionRow {
  @PrimaryColumn({ name: 'session_id', type: 'text' })
  sessionId!: string;

  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @Column({ name: 'advisor_id', type: 'text' })
  advisorId!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ name: 'sustainability_discussed', type: 'boolean' })
  sustainabilityDiscussed!: boolean;

  @Column({ name: 'funding_project_id', type: 'text', nullable: true })
  fundingProjectId!: string | null;
}

/** Delivery modules delivered; a voided one keeps its row with voided = true. */
@Entity({ name: 'rm_module_deliveries' })
export class ModuleDeliveryRow {
  @PrimaryColumn({ name: 'delivery_id', type: 'text' })
  deliveryId!: string;

  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @Column({ name: 'module', type: 'text' })
  module!: string;

  @Column({ name: 'advisor_id', type: 'text' })
  advisorId!: string;

  @Column({ name: 'delivered_on', type: 'date' })
  deliveredOn!: string;

  @Column({ name: 'voided', type: 'boolean' })
  voided!: boolean;

  @Column({ name: 'voided_on', type: 'date', nullable: true })
  voidedOn!: string | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason!: string | null;

  @Column({ name: 'funding_project_id', type: 'text', nullable: true })
  fundingProjectId!: string | null;
}

/** Mentor pairs matched and concluded (the mentor's name is personal data and is not kept here). */
@Entity({ name: 'rm_mentor_pairs' })
export class MentorPairRow {
  @PrimaryColumn({ name: 'pair_id', type: 'text' })
  pairId!: string;

  @Column({ name: 'programme', type: 'text' })
  programme!: string;

  @Column({ name: 'customer_id', type: 'text' })
  customerId!: string;

  @Column({ name: 'matched_on', type: 'date' })
  matchedOn!: string;

  @Column({ name: 'concluded_on', type: 'date', nullable: true })
  concludedOn!: string | null;

  @Column({ name: 'funding_project_id', type: 'text', nullable: true })
  fundingProjectId!: string | null;
}
