import { createHash } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '#libs/event-store';
import { EVENT_STORE, type CommandContext, type CommandResponse } from '#libs/platform';
import { generateDemoData, type DemoData } from './demo-data.generator.js';
import type { DemoDataOptions } from './demo-world.js';
import { toBusCommand } from './seed-commands.js';
import type { PlannedCommand, SeedRef } from './seed-plan.js';

export interface SeedProgress {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
  /** Commands per second so far. */
  readonly rate: number;
}

export interface SeedRunOptions {
  /** Commands of different streams in flight at once (default 32: the store then batches appends); one stream's commands always run in order. */
  readonly concurrency?: number;
  readonly onProgress?: (progress: SeedProgress) => void;
  /** How often onProgress is called (default every 2 s, and once at the end). */
  readonly progressEveryMs?: number;
}

export interface SeedReport {
  readonly commands: number;
  readonly elapsedMs: number;
  /** Events recorded, by type. */
  readonly events: Readonly<Record<string, number>>;
}

/** A planned command the handlers refused (or that failed): the seed stops at the first. */
export class SeedCommandError extends Error {
  override readonly name = 'SeedCommandError';
  constructor(
    readonly planned: PlannedCommand,
    override readonly cause: unknown,
  ) {
    super(
      `Seed command #${planned.index} ${planned.action.type} on ${planned.on} by ${planned.actor.userId} failed: ${
        cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)
      }`,
    );
  }
}

/** A UUID (version 8, name-based) from the seed and the command's place in the plan: the same on every run. */
export const seedCommandId = (seed: number, index: number): string => {
  const hex = createHash('sha256').update(`almi-demo-data/${seed}/${index}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/**
 * When the command was received: during office hours of its business date (08:00–18:00 UTC is
 * 09:00–20:00 in Sweden, so the date a handler derives from it is the business date itself).
 */
export const receivedAtOf = (planned: PlannedCommand): Date => new Date(Date.parse(`${planned.on}T08:00:00Z`) + (planned.index % 36_000) * 1000);

/**
 * The seed imports years of history: its own commands get a back-dating window of a century, for the seed's
 * duration only (live requests served meanwhile keep the service's window).
 */
export const SEED_BACKDATING_DAYS = 36_525;

export const seedContext = (seed: number, planned: PlannedCommand): CommandContext => ({
  actor: planned.actor,
  correlationId: `seed-${seed}`,
  commandId: seedCommandId(seed, planned.index),
  receivedAt: receivedAtOf(planned),
  backdatingDays: SEED_BACKDATING_DAYS,
});

/**
 * Runs the plan through the command bus, so every command passes the real handlers and deciders.
 * Commands start in plan order, up to `concurrency` at once; a command waits for the last earlier
 * command of its own stream and of every stream it needs. Ids the handlers make are remembered
 * and put where later commands refer to them. Stops at the first failure and throws it.
 */
export async function runSeedPlan(bus: CommandBus, data: DemoData, options: SeedRunOptions = {}): Promise<SeedReport> {
  const concurrency = Math.max(1, options.concurrency ?? 32);
  const everyMs = options.progressEveryMs ?? 2000;
  const total = data.commands.length;
  const started = performance.now();
  const ids = new Map<SeedRef, string>();
  const tails = new Map<string, Promise<void>>();
  const running = new Set<Promise<void>>();
  const events: Record<string, number> = {};
  let failure: SeedCommandError | undefined;
  let done = 0;
  let reported = started;

  const report = (force: boolean): void => {
    const now = performance.now();
    if (!options.onProgress || (!force && now - reported < everyMs)) return;
    reported = now;
    const elapsedMs = now - started;
    options.onProgress({ done, total, elapsedMs, rate: elapsedMs > 0 ? (done * 1000) / elapsedMs : 0 });
  };
  const idOf = (ref: SeedRef): string => {
    const id = ids.get(ref);
    if (id === undefined) throw new Error(`${ref} was not created before it is referred to`);
    return id;
  };
  const execute = async (planned: PlannedCommand): Promise<void> => {
    try {
      const { command, creates } = toBusCommand(planned.action, seedContext(data.seed, planned), idOf);
      const response: CommandResponse = await bus.execute(command);
      if (creates) ids.set(creates.ref, response.ids[creates.id]);
      for (const type of response.events) events[type] = (events[type] ?? 0) + 1;
    } catch (error) {
      failure ??= new SeedCommandError(planned, error);
    }
    done += 1;
    report(false);
  };

  for (const planned of data.commands) {
    if (failure) break;
    while (running.size >= concurrency) await Promise.race(running);
    const waits = [planned.stream, ...planned.needs].flatMap((key) => tails.get(key) ?? []);
    const task: Promise<void> = (waits.length > 0 ? Promise.all(waits) : Promise.resolve()).then(() => (failure ? undefined : execute(planned)));
    tails.set(planned.stream, task);
    running.add(task);
    void task.then(() => {
      running.delete(task);
      if (tails.get(planned.stream) === task) tails.delete(planned.stream);
    });
  }
  await Promise.all(running);
  report(true);
  if (failure) throw failure;
  return { commands: done, elapsedMs: performance.now() - started, events };
}

export const isStoreEmpty = async (store: EventStore): Promise<boolean> => {
  const head = await store.head();
  return head.commit === 0 && head.prepare === 0;
};

/**
 * Generates the demo data and runs it through the app's command bus, when the app's event store is
 * still empty ('skipped' otherwise: seeding twice would only collide with what is there).
 */
export async function seedDemoDataIfEmpty(
  app: INestApplicationContext,
  options: DemoDataOptions & SeedRunOptions & { readonly log?: (line: string) => void },
): Promise<{ readonly outcome: 'seeded'; readonly report: SeedReport; readonly data: DemoData } | { readonly outcome: 'skipped' }> {
  const log = options.log ?? (() => undefined);
  if (!(await isStoreEmpty(app.get<EventStore>(EVENT_STORE)))) return { outcome: 'skipped' };
  const generatedAt = performance.now();
  const data = generateDemoData(options);
  log(`[seed] seed ${data.seed}, scale ${data.scale}, ${data.from}..${data.today}: ${data.commands.length} commands planned in ${Math.round(performance.now() - generatedAt)} ms`);
  // Who to issue tokens for (`npm run token -- --user <id> --role <role>`) to look at the data.
  const people = new Map<string, string[]>();
  for (const { action } of data.commands) {
    if (action.type === 'RegisterEmployee') people.set(action.body.roles[0], [...(people.get(action.body.roles[0]) ?? []), action.body.userId]);
  }
  log(`[seed] people: ${[...people].map(([role, ids]) => `${role} ${ids.slice(0, 2).join(', ')}${ids.length > 2 ? ` (+${ids.length - 2})` : ''}`).join('; ')}`);
  const report = await runSeedPlan(app.get(CommandBus), data, {
    ...options,
    onProgress: options.onProgress ?? ((p) => log(`[seed] ${p.done}/${p.total} commands (${Math.round((100 * p.done) / p.total)} %), ${Math.round(p.rate)} commands/s`)),
  });
  return { outcome: 'seeded', report, data };
}
