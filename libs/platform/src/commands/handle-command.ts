import { randomUUID } from 'node:crypto';
import type { Decider, DomainEvent } from '#libs/decider';
import { WrongExpectedRevisionError, type EventStore, type GlobalPosition } from '#libs/event-store';
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
}

/**
 * Reads the stream, folds its state, decides, and appends with the expected revision. A concurrent
 * writer makes the append fail; then the whole read–decide–append runs again (a few times), so the
 * decision is always taken on the latest state and nothing is lost.
 */
export async function handleCommand<C, E extends DomainEvent, S>(
  deps: CommandHandlingDeps,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
  options: { retries?: number } = {},
): Promise<HandledCommand<E>> {
  const retries = options.retries ?? 4;
  for (let attempt = 0; ; attempt++) {
    const recorded = await deps.store.readStream(streamId);
    // This very command was recorded already: an attempt that died before answering (see the
    // Idempotency-Key recovery) is answered with what it recorded, not decided again.
    const own = recorded.filter((event) => event.metadata.causationId === context.commandId);
    if (own.length > 0) {
      const events = (await deps.codec.open(own.map((e) => ({ type: e.type, data: e.data })))) as unknown as E[];
      return { events, position: own.at(-1)!.position, revision: own.at(-1)!.revision };
    }
    const opened = await deps.codec.open(recorded.map((e) => ({ type: e.type, data: e.data })));
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
      if (error instanceof WrongExpectedRevisionError && attempt < retries) continue;
      throw error;
    }
  }
}
