import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { PostgresEventStore } from '#libs/event-store';
import { keyEncryptionFromEnv, PersonalDataCodec, PersonalDataVault } from '#libs/platform';
import { ProjectionRunner, createReadModelDataSource, runReadModelMigrations, type RebuildProgress } from '#libs/projections';
import { createProjections, personalDataRules, readModelEntities, readModelMigrations } from '#libs/composition';

export interface Timed {
  readonly events: number;
  readonly ms: number;
}

export interface RebuildReport {
  /** All projections rebuilt together (one call): the events in the store. */
  readonly all: Timed;
  /** Each projection rebuilt on its own afterwards: the events of its types. */
  readonly alone: ReadonlyMap<string, Timed>;
}

const thousands = (n: number): string => Math.round(n).toLocaleString('en-US');

/**
 * Rebuilds every projection from the start of the store as `npm run projections:rebuild` does
 * (one call for all, with a progress callback) and times it; then each projection on its own
 * (`npm run projections:rebuild <name>`), for its own rate.
 */
export async function rebuildAll(databaseUrl: string, log: (line: string) => void): Promise<RebuildReport> {
  const store = await PostgresEventStore.open(databaseUrl, { poolSize: 10 });
  const dataSource = createReadModelDataSource({ url: databaseUrl, entities: readModelEntities, migrations: readModelMigrations, applicationName: 'projections-bench' });
  await dataSource.initialize();
  try {
    await runReadModelMigrations(dataSource);
    const codec = new PersonalDataCodec(new PersonalDataVault(store.pool, keyEncryptionFromEnv({})), personalDataRules);
    const runner = new ProjectionRunner({ store, dataSource, projections: createProjections({ codec }), log: () => undefined });
    const { rows } = await store.pool.query<{ events: number }>('SELECT count(*)::int AS events FROM es_events');
    const rebuild = async (names: string[] | undefined): Promise<{ ms: number; events: Map<string, number> }> => {
      const events = new Map<string, number>();
      let lastLine = performance.now();
      const started = performance.now();
      await runner.rebuild(names, (p: RebuildProgress) => {
        const now = performance.now();
        if (p.switched) events.set(p.projection, p.eventsDone);
        else if (now - lastLine > 5_000) {
          lastLine = now;
          log(`[rebuild] ${p.projection}: ${thousands(p.eventsDone)}/${thousands(p.eventsTotal)} events`);
        }
      });
      return { ms: performance.now() - started, events };
    };
    const together = await rebuild(undefined);
    log(`[rebuild] all projections: ${thousands(rows[0].events)} events in ${(together.ms / 1000).toFixed(1)} s`);
    const alone = new Map<string, Timed>();
    for (const name of runner.names) {
      const { ms, events } = await rebuild([name]);
      alone.set(name, { events: events.get(name) ?? 0, ms });
      log(`[rebuild] ${name} alone: ${thousands(events.get(name) ?? 0)} events in ${(ms / 1000).toFixed(1)} s`);
    }
    await runner.stop();
    return { all: { events: rows[0].events, ms: together.ms }, alone };
  } finally {
    await dataSource.destroy();
    await store.close();
  }
}

/** Runs one statement on its own connection. */
export async function sql<Row extends pg.QueryResultRow>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}
