import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Column types are explicit so the entities load without emitted decorator metadata. */
/** One row per employee: region and roles (the name is personal data and is not kept here). */
@Entity({ name: 'rm_employees' })
export class EmployeeRow {
  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId!: string;

  @Column({ name: 'region', type: 'text' })
  region!: string;

  @Column({ name: 'roles', type: 'text', array: true })
  roles!: string[];
}
