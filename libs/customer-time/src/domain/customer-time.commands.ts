import type { Actor, BusinessDate, BusinessDateWindow } from '#libs/decider';
import type { TimeEntryKind } from './time-entry-kind.js';

/**
 * Every command names the employee and the date: together they route it to the day's stream
 * (`timeDayStream`). An entry does not move between days: void it and record it on the right day.
 */
export interface RecordTimeEntry {
  readonly type: 'RecordTimeEntry';
  readonly data: {
    readonly entryId: string;
    readonly employeeId: string;
    readonly date: BusinessDate;
    readonly minutes: number;
    readonly kind: TimeEntryKind;
    /** Required for kind 'customer', refused for the others. */
    readonly customerId?: string;
    readonly fundingProjectId?: string;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

/** Replaces minutes, kind and customer; the funding project stays what it was recorded with. */
export interface CorrectTimeEntry {
  readonly type: 'CorrectTimeEntry';
  readonly data: {
    readonly entryId: string;
    readonly employeeId: string;
    readonly date: BusinessDate;
    readonly minutes: number;
    readonly kind: TimeEntryKind;
    readonly customerId?: string;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export interface VoidTimeEntry {
  readonly type: 'VoidTimeEntry';
  readonly data: {
    readonly entryId: string;
    readonly employeeId: string;
    readonly date: BusinessDate;
    readonly reason: string;
    readonly actor: Actor;
    /** Today and the back-dating window the command's business date must lie in. */
    readonly window: BusinessDateWindow;
  };
}

export type CustomerTimeCommand = RecordTimeEntry | CorrectTimeEntry | VoidTimeEntry;
