import type { DomainEvent } from '#libs/decider';
import { isErased, isSealed, type PersonalDataVault, type SealedValue } from './vault.js';

/**
 * Which fields of which event types are personal data, and whose they are (the data subject whose key
 * seals them). Each business area declares its own; the api merges them.
 */
export interface PersonalDataRule {
  readonly fields: readonly string[];
  readonly subject: (data: Record<string, unknown>) => string;
}
export type PersonalDataRules = Readonly<Record<string, PersonalDataRule>>;

/** Seals personal fields before events are appended, and opens them when events are read. */
export class PersonalDataCodec {
  constructor(
    private readonly vault: PersonalDataVault,
    private readonly rules: PersonalDataRules,
  ) {}

  async seal<E extends DomainEvent>(events: readonly E[]): Promise<E[]> {
    return Promise.all(
      events.map(async (event) => {
        const rule = this.rules[event.type];
        if (!rule) return event;
        const data = { ...(event.data as Record<string, unknown>) };
        const subject = rule.subject(data);
        for (const field of rule.fields) {
          if (data[field] !== undefined) data[field] = await this.vault.seal(subject, data[field]);
        }
        return { ...event, data } as E;
      }),
    );
  }

  /** Replaces sealed fields by their values, or by `{ $erased: true }` once the subject was erased. */
  async open<E extends { type: string; data: unknown }>(events: readonly E[]): Promise<E[]> {
    const pending: { event: number; field: string; value: SealedValue }[] = [];
    events.forEach((event, index) => {
      const rule = this.rules[event.type];
      if (!rule) return;
      const data = event.data as Record<string, unknown>;
      for (const field of rule.fields) {
        const value = data[field];
        if (isSealed(value)) pending.push({ event: index, field, value });
      }
    });
    if (pending.length === 0) return [...events];
    const opened = await this.vault.openMany(pending);
    const copies = events.map((e) => ({ ...e, data: { ...(e.data as Record<string, unknown>) } }));
    pending.forEach((p, i) => {
      copies[p.event].data[p.field] = opened[i];
    });
    return copies as unknown as E[];
  }

  /** For audit views: personal fields show as `[personal data]`, or `[erased]` once the subject was erased. */
  async mask<E extends { type: string; data: unknown }>(events: readonly E[]): Promise<E[]> {
    const opened = await this.open(events);
    return opened.map((event) => {
      const rule = this.rules[event.type];
      if (!rule) return event;
      const data = { ...(event.data as Record<string, unknown>) };
      for (const field of rule.fields) {
        if (data[field] !== undefined) data[field] = isErased(data[field]) ? '[erased]' : '[personal data]';
      }
      return { ...event, data };
    });
  }
}
