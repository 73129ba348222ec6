import { ANY, NO_STREAM, STREAM_EXISTS, UnavailableError, WrongExpectedVersionError, type AllStreamRecordedEvent } from '@kurrent/kurrentdb-client';
import { DuplicateEventIdError, START, WrongExpectedRevisionError, type GlobalPosition } from '../event-store.port.js';
import {
  isVisible,
  mapAppendError,
  redactConnectionString,
  selectPage,
  toClientPosition,
  toEventData,
  toGlobalPosition,
  toRecordedEvent,
  toStreamState,
  UNSCOPED,
  type StoreView,
} from './kurrentdb-mapping.js';

const created = new Date('2026-03-02T09:15:00.000Z');

/** An event as the client returns it from a read of $all. */
const record = (n: number, overrides: Partial<Record<'type' | 'streamId', string>> & { metadata?: unknown } = {}): AllStreamRecordedEvent =>
  ({
    streamId: 'loan-1',
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    revision: BigInt(n),
    type: 'LoanGranted',
    created,
    data: { n },
    metadata: { userId: 'user-1', correlationId: 'corr-1', causationId: 'cause-1', schemaVersion: 1 },
    isJson: true,
    position: { commit: BigInt(n * 100), prepare: BigInt(n * 100) },
    ...overrides,
  }) as AllStreamRecordedEvent;

const at = (n: number): GlobalPosition => ({ commit: n * 100, prepare: n * 100 });
const dataOf = (page: { events: { data: unknown }[] }): number[] => page.events.map((e) => (e.data as { n: number }).n);

describe('KurrentDB mapping', () => {
  describe('expected revision to stream state', () => {
    it('maps the named states and a revision to what the client expects', () => {
      expect(toStreamState('no_stream')).toBe(NO_STREAM);
      expect(toStreamState('stream_exists')).toBe(STREAM_EXISTS);
      expect(toStreamState('any')).toBe(ANY);
      expect(toStreamState(0)).toBe(0n);
      expect(toStreamState(41)).toBe(41n);
    });

    it('refuses a revision that is negative or not an integer', () => {
      expect(() => toStreamState(-1)).toThrow('Invalid expected revision -1');
      expect(() => toStreamState(1.5)).toThrow('Invalid expected revision');
    });
  });

  describe('positions', () => {
    it('converts both ways without loss up to the largest safe integer', () => {
      const big = { commit: BigInt(Number.MAX_SAFE_INTEGER), prepare: 123_456_789n };
      expect(toGlobalPosition(big)).toEqual({ commit: Number.MAX_SAFE_INTEGER, prepare: 123_456_789 });
      expect(toClientPosition(toGlobalPosition(big))).toEqual(big);
    });
  });

  describe('writing an event', () => {
    it('keeps our id for deduplication and stores metadata with the schema version as JSON', () => {
      const data = toEventData({
        id: '6f1c1f2e-8a4b-4c7e-9d1a-1b2c3d4e5f60',
        type: 'LoanGranted',
        data: { amountOre: 150_000_00 },
        metadata: { userId: 'u-7', correlationId: 'c-1', causationId: 'k-1', region: 'orebro' },
        schemaVersion: 3,
      });
      expect(data).toEqual({
        id: '6f1c1f2e-8a4b-4c7e-9d1a-1b2c3d4e5f60',
        contentType: 'application/json',
        type: 'LoanGranted',
        data: { amountOre: 150_000_00 },
        metadata: { userId: 'u-7', correlationId: 'c-1', causationId: 'k-1', region: 'orebro', schemaVersion: 3 },
      });
    });

    it('stores schema version 1 when none is given', () => {
      const data = toEventData({ id: 'x', type: 'T', data: {}, metadata: { userId: 'u', correlationId: 'c', causationId: 'k' } });
      expect(data.metadata).toMatchObject({ schemaVersion: 1 });
    });

    it('refuses metadata that uses the reserved schemaVersion key, which would be lost', () => {
      expect(() => toEventData({ id: 'x', type: 'T', data: {}, metadata: { userId: 'u', correlationId: 'c', causationId: 'k', schemaVersion: 2 } })).toThrow(
        'metadata key "schemaVersion" is reserved',
      );
    });
  });

  describe('reading an event', () => {
    it('gives the envelope: numbers for revision and position, created as recordedAt, schema version out of the metadata', () => {
      const event = toRecordedEvent(record(7, { metadata: { userId: 'u-7', correlationId: 'c', causationId: 'k', region: 'orebro', schemaVersion: 2 } }), UNSCOPED);
      expect(event).toEqual({
        id: '00000000-0000-4000-8000-000000000007',
        streamId: 'loan-1',
        revision: 7,
        position: { commit: 700, prepare: 700 },
        type: 'LoanGranted',
        data: { n: 7 },
        metadata: { userId: 'u-7', correlationId: 'c', causationId: 'k', region: 'orebro' },
        schemaVersion: 2,
        recordedAt: created,
      });
    });

    it('strips the store prefix from the stream name', () => {
      const view: StoreView = { streamPrefix: 'test-42-', origin: START };
      expect(toRecordedEvent(record(1, { streamId: 'test-42-loan-1' }), view).streamId).toBe('loan-1');
    });

    it('reads an event written by another tool, without metadata, as schema version 1 with empty metadata', () => {
      const event = toRecordedEvent(record(1, { metadata: undefined }), UNSCOPED);
      expect(event.metadata).toEqual({});
      expect(event.schemaVersion).toBe(1);
    });
  });

  describe('visibility', () => {
    it('hides system records and streams, and streams outside the prefix', () => {
      const view: StoreView = { streamPrefix: 't1-', origin: START };
      expect(isVisible({ type: 'LoanGranted', streamId: 't1-loan-1' }, view)).toBe(true);
      expect(isVisible({ type: '$>', streamId: 't1-loan-1' }, view)).toBe(false);
      expect(isVisible({ type: 'Result', streamId: '$projections-x-result' }, UNSCOPED)).toBe(false);
      expect(isVisible({ type: 'LoanGranted', streamId: 't2-loan-1' }, view)).toBe(false);
      expect(isVisible({ type: 'LoanGranted', streamId: 'loan-1' }, UNSCOPED)).toBe(true);
    });
  });

  describe('append errors', () => {
    const wrongVersion = (expected: bigint | 'no_stream' | 'any' | 'stream_exists', current: bigint | 'no_stream') =>
      new WrongExpectedVersionError(undefined, { streamName: 'loan-1', expected, current });

    it('turns a wrong expected version into ours, with the actual revision the server reports', () => {
      const error = mapAppendError(wrongVersion(0n, 1n), 'loan-1', 0, ['a']);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamId: 'loan-1', expected: 0, actual: 1 });
    });

    it("reports 'no_stream' as the actual revision of a stream that does not exist", () => {
      expect(mapAppendError(wrongVersion('stream_exists', 'no_stream'), 'loan-1', 'stream_exists', ['a'])).toMatchObject({
        expected: 'stream_exists',
        actual: 'no_stream',
      });
      expect(mapAppendError(wrongVersion(5n, -1n), 'loan-1', 5, ['a'])).toMatchObject({ actual: 'no_stream' });
    });

    it('reads a conflict the server can only mean as "part of this batch is already stored" as a reused event id', () => {
      expect(mapAppendError(wrongVersion('any', 3n), 'loan-1', 'any', ['a', 'b'])).toBeInstanceOf(DuplicateEventIdError);
      expect(mapAppendError(wrongVersion('stream_exists', 3n), 'loan-1', 'stream_exists', ['a', 'b'])).toMatchObject({
        streamId: 'loan-1',
        eventId: 'a, b',
      });
    });

    it('passes other errors through unchanged', () => {
      const unavailable = new UnavailableError();
      expect(mapAppendError(unavailable, 'loan-1', 'any', ['a'])).toBe(unavailable);
    });
  });

  describe('a page of readAll', () => {
    it('drops the record AT the position read from, since KurrentDB reads from a position inclusively', () => {
      const page = selectPage([record(2), record(3), record(4)], { after: at(2), from: at(2), maxCount: 2, requested: 3, view: UNSCOPED });
      expect(dataOf(page)).toEqual([3, 4]);
      expect(page.next).toEqual(at(4));
      expect(page.isEnd).toBe(false);
    });

    it('is the end when the server returned fewer records than asked for', () => {
      const page = selectPage([record(2), record(3)], { after: at(2), from: at(2), maxCount: 2, requested: 3, view: UNSCOPED });
      expect(dataOf(page)).toEqual([3]);
      expect(page.isEnd).toBe(true);
    });

    it('stops at maxCount when the first record is past the position (reading from the start)', () => {
      const page = selectPage([record(1), record(2), record(3)], { after: START, from: START, maxCount: 2, requested: 3, view: UNSCOPED });
      expect(dataOf(page)).toEqual([1, 2]);
      expect(page.next).toEqual(at(2));
      expect(page.isEnd).toBe(false);
    });

    it('returns the position given when nothing follows it', () => {
      const page = selectPage([record(4)], { after: at(4), from: at(4), maxCount: 10, requested: 11, view: UNSCOPED });
      expect(page).toEqual({ events: [], next: at(4), isEnd: true });
    });

    it('moves past hidden records so that a page of them still makes progress', () => {
      const page = selectPage([record(1), record(2, { streamId: '$projections-x-result' }), record(3, { streamId: '$projections-x-result' })], {
        after: START,
        from: START,
        maxCount: 2,
        requested: 3,
        view: UNSCOPED,
      });
      expect(dataOf(page)).toEqual([1]);
      expect(page.next).toEqual(at(3));
      expect(page.isEnd).toBe(false);
    });

    it('skips everything up to the origin of a scoped view but reports progress from the position given', () => {
      const view: StoreView = { streamPrefix: '', origin: at(5) };
      const page = selectPage([record(5), record(6)], { after: START, from: at(5), maxCount: 10, requested: 11, view });
      expect(dataOf(page)).toEqual([6]);
      expect(page.next).toEqual(at(6));
    });
  });

  it('keeps credentials out of a connection string shown in an error', () => {
    expect(redactConnectionString('kurrentdb://admin:changeit@db.example:2113?tls=true')).toBe('kurrentdb://***@db.example:2113?tls=true');
    expect(redactConnectionString('kurrentdb://localhost:2113?tls=false')).toBe('kurrentdb://localhost:2113?tls=false');
  });
});
