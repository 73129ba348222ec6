/** One versioned step of the event store's schema (its own file, so a migration file and schema.ts do not import each other). */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
