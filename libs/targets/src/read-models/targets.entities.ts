import { Column, Entity, PrimaryColumn } from 'typeorm';

/* Column types are explicit so the entities load without emitted decorator metadata. */
/** Board targets per metric and scope; quarter 0 means the whole year, region '' means both regions. */
@Entity({ name: 'rm_targets' })
export class TargetRow {
  @PrimaryColumn({ name: 'metric', type: 'text' })
  metric!: string;

  @PrimaryColumn({ name: 'year', type: 'integer' })
  year!: number;

  @PrimaryColumn({ name: 'quarter', type: 'smallint' })
  quarter!: number;

  @PrimaryColumn({ name: 'region', type: 'text' })
  region!: string;

  @Column({ name: 'unit', type: 'text' })
  unit!: string;

  @Column({ name: 'value', type: 'double precision' })
  value!: number;
}

/** Benchmark shares of the focus groups per region and year. */
@Entity({ name: 'rm_benchmarks' })
export class BenchmarkRow {
  @PrimaryColumn({ name: 'region', type: 'text' })
  region!: string;

  @PrimaryColumn({ name: 'year', type: 'integer' })
  year!: number;

  @PrimaryColumn({ name: 'attribute', type: 'text' })
  attribute!: 'women_led' | 'foreign_background' | 'early_stage';

  @PrimaryColumn({ name: 'population', type: 'text' })
  population!: 'business_population' | 'new_businesses';

  @Column({ name: 'share', type: 'double precision' })
  share!: number;
}

/** The controller's comment on a deviation; quarter 0 = year, region '' = both. */
@Entity({ name: 'rm_deviation_comments' })
export class DeviationCommentRow {
  @PrimaryColumn({ name: 'metric', type: 'text' })
  metric!: string;

  @PrimaryColumn({ name: 'year', type: 'integer' })
  year!: number;

  @PrimaryColumn({ name: 'quarter', type: 'smallint' })
  quarter!: number;

  @PrimaryColumn({ name: 'region', type: 'text' })
  region!: string;

  @Column({ name: 'comment', type: 'text' })
  comment!: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}
