import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Column types are explicit so the entities load without emitted decorator metadata. */
/** Special assignments (funding projects). */
@Entity({ name: 'rm_funding_projects' })
export class FundingProjectRow {
  @PrimaryColumn({ name: 'project_id', type: 'text' })
  projectId!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'funder', type: 'text' })
  funder!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;
}

/** Costs and revenues booked against a funding project. */
@Entity({ name: 'rm_funding_entries' })
export class FundingEntryRow {
  @PrimaryColumn({ name: 'project_id', type: 'text' })
  projectId!: string;

  @PrimaryColumn({ name: 'entry_id', type: 'text' })
  entryId!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: 'cost' | 'revenue';

  @Column({ name: 'booked_on', type: 'date' })
  bookedOn!: string;

  @Column({ name: 'amount_ore', type: 'bigint' })
  amountOre!: number;

  @Column({ name: 'description', type: 'text' })
  description!: string;
}
