import type { Actor, BusinessDateWindow } from '#libs/decider';
import { createHash } from 'node:crypto';
import { formatPosition, type GlobalPosition } from '#libs/event-store';

/** Who issued a command and how it is traced: stored in every resulting event's metadata. */
export interface CommandContext {
  readonly actor: Actor;
  readonly correlationId: string;
  /** The id of this command (one per HTTP request): the causation id of the events it records. */
  readonly commandId: string;
  /** The time the command was received: the default business date where a command gives none. */
  readonly receivedAt: Date;
  /**
   * A back-dating window for this command only, overriding the service's: a one-off import of history (the
   * demo-data seeding) widens it for its own commands while live requests keep the normal window.
   */
  readonly backdatingDays?: number;
}

/** What every command route answers with: the ids it created and where its last event landed. */
export interface CommandResponse {
  readonly ids: Readonly<Record<string, string>>;
  /** Global position of the last event recorded (`<commit>-<prepare>`): pass it to queries as `?position=`. */
  readonly position: string | null;
  readonly revision: number | null;
  readonly events: readonly string[];
}

export const commandResponse = (
  ids: Record<string, string>,
  handled: { events: readonly { type: string }[]; position: GlobalPosition | null; revision: number | null },
): CommandResponse => ({
  ids,
  position: handled.position ? formatPosition(handled.position) : null,
  revision: handled.revision,
  events: handled.events.map((e) => e.type),
});

const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The business date a command defaults to when it gives none: the day it arrived, in Sweden. */
export const businessDateOf = (context: CommandContext): string => STOCKHOLM_DATE.format(context.receivedAt);

/**
 * The business dates this command may carry: up to today (the day it is recorded, in Sweden) and at most
 * the back-dating window before it; the deciders check their dates against it.
 */
export const dateWindowOf = (deps: { readonly backdatingDays: number }, context: CommandContext): BusinessDateWindow => ({
  today: businessDateOf(context),
  backdatingDays: context.backdatingDays ?? deps.backdatingDays,
});

/**
 * An id a command creates (a loan, an entry, a delivery): derived from the command id and a name, so
 * a retry of a command that died after recording (an Idempotency-Key recovered after a crash, which
 * runs again under the first attempt's command id) creates the same ids and finds its own events
 * instead of creating a second loan. Random as far as anyone else can tell (SHA-256 of the command
 * id, which is random), shaped as a version-4 UUID.
 */
export const idFor = (context: Pick<CommandContext, 'commandId'>, name: string): string => {
  const bytes = createHash('sha256').update(`${context.commandId}\0${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
