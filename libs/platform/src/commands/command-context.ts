import type { Actor } from '#libs/decider';

/** Who issued a command and how it is traced: stored in every resulting event's metadata. */
export interface CommandContext {
  readonly actor: Actor;
  readonly correlationId: string;
  /** The id of this command (one per HTTP request): the causation id of the events it records. */
  readonly commandId: string;
  /** The time the command was received: the default business date where a command gives none. */
  readonly receivedAt: Date;
}

/** What every command route answers with: the ids it created and where its last event landed. */
export interface CommandResponse {
  readonly ids: Readonly<Record<string, string>>;
  /** Global position of the last event recorded (`<commit>-<prepare>`): pass it to queries as `?position=`. */
  readonly position: string | null;
  readonly revision: number | null;
  readonly events: readonly string[];
}
