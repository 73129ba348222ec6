import { randomInt, randomUUID } from 'node:crypto';
import type { Decider, DomainEvent } from '#libs/decider';
import { WrongExpectedRevisionError, type EventStore, type GlobalPosition, type RecordedEvent } from '#libs/event-store';
import type { PersonalDataCodec } from '../personal-data/personal-data-codec.js';
import type { CommandContext } from './command-context.js';

export interface HandledCommand<E extends DomainEvent> {
  readonly events: readonly E[];
  /** Position of the last event recorded, or null when the command recorded nothing (a no-op). */
  readonly position: GlobalPosition | null;
  /** The stream's last revision after the command, or null for a stream that still does not exist. */
  readonly revision: number | null;
}

export interface CommandHandlingDeps {
  readonly store: EventStore;
  readonly codec: PersonalDataCodec;
  /** How many days before today a business date may lie (default 60; see `dateWindowOf`). */
  readonly backdatingDays: number;
}

export interface HandleCommandOptions {
  /**
   * Streams folded before the command's own stream and never written: streams an aggregate used
   * before its facts moved to finer streams (targets-2026 before targets-2026-<metric>-…). Nothing
   * appends to them any more, so they need no expected revision.
   */
  readonly readFirst?: readonly string[];
  /** How long conflicts are retried, in total (ms, default 1000). */
  readonly retryBudgetMs?: number;
}

/** First pause after a conflict (ms); each later one may be twice as long, up to MAX_PAUSE_MS. */
const FIRST_PAUSE_MS = 4;
const MAX_PAUSE_MS = 160;

/**
 * The pause before retry number `attempt` (0-based): "full jitter", a random time between half and
 * all of a ceiling that doubles per attempt, so writers that collided spread out instead of
 * colliding again in step.
 */
export const conflictPauseMs = (attempt: number): number => {
  const ceiling = Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS * 2 ** attempt);
  return ceiling / 2 + randomInt(0, Math.ceil(ceiling / 2) + 1);
};

/**
 * Reads the stream, folds its state, decides, and appends with the expected revision. A concurrent
 * writer makes the append fail; then the whole read–decide–append runs again, after a short,
 * jittered, growing pause (conflictPauseMs), for up to retryBudgetMs in all. So the decision is
 * always taken on the latest state and nothing is lost: commands that do not contradict each other
 * all succeed, and of two that do, the second is decided on the first's outcome (409 or 422).
 * A conflict still unresolved when the budget is spent is thrown (409).
 */
export async function handleCommand<C, E extends DomainEvent, S>(
  deps: CommandHandlingDeps,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
  options: HandleCommandOptions = {},
): Promise<HandledCommand<E>> {
  const deadline = Date.now() + (options.retryBudgetMs ?? 1000);
  let earlier: readonly RecordedEvent[] | undefined;
  for (let attempt = 0; ; attempt++) {
    // The streams read first are closed to writes: one read serves every attempt.
    earlier ??= (await Promise.all((options.readFirst ?? []).map((id) => deps.store.readStream(id)))).flat();
    const recorded = await deps.store.readStream(streamId);
    // This very command was recorded already: an attempt that died before answering (see the
    // Idempotency-Key recovery) is answered with what it recorded, not decided again.
    const own = recorded.filter((event) => event.metadata.causationId === context.commandId);
    if (own.length > 0) {
      const events = (await deps.codec.open(own.map((e) => ({ type: e.type, data: e.data })))) as unknown as E[];
      return { events, position: own.at(-1)!.position, revision: own.at(-1)!.revision };
    }
    const opened = await deps.codec.open([...earlier, ...recorded].map((e) => ({ type: e.type, data: e.data })));
    const state = (opened as unknown as E[]).reduce(decider.evolve, decider.initialState());
    const events = decider.decide(command, state);
    const last = recorded.at(-1);
    if (events.length === 0) return { events, position: last?.position ?? null, revision: last?.revision ?? null };
    const sealed = await deps.codec.seal(events);
    try {
      const result = await deps.store.append(
        streamId,
        sealed.map((event) => ({
          id: randomUUID(),
          type: event.type,
          data: event.data,
          metadata: { userId: context.actor.userId, correlationId: context.correlationId, causationId: context.commandId },
        })),
        { expectedRevision: last ? last.revision : 'no_stream' },
      );
      return { events, position: result.position, revision: result.nextExpectedRevision };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      const pause = conflictPauseMs(attempt);
      if (Date.now() + pause >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
