import { randomUUID } from 'node:crypto';
import { DomainError, type Decider } from '#libs/decider';
import { PostgresEventStore } from '#libs/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/database.js';
import { PersonalDataCodec } from '../personal-data/personal-data-codec.js';
import { PersonalDataVault } from '../personal-data/vault.js';
import { LocalKeyRing } from '../personal-data/key-encryption.js';
import type { CommandContext } from './command-context.js';
import { handleCommand, type CommandHandlingDeps } from './handle-command.js';

/**
 * Conflicts on one stream: the losers of a race are retried after a jittered pause, on the state
 * the winners left, so independent commands all succeed and a contradiction has one winner.
 */
type NoteEvent = { type: 'NoteTaken'; data: { key: string; text: string } };
type NoteCommand = { key: string; text: string };
const notesDecider: Decider<NoteCommand, NoteEvent, ReadonlySet<string>> = {
  initialState: () => new Set(),
  decide: (command, keys) => {
    if (keys.has(command.key)) throw new DomainError('conflict', 'note-taken', `Note ${command.key} is taken already`);
    return [{ type: 'NoteTaken', data: command }];
  },
  evolve: (keys, event) => new Set(keys).add(event.data.key),
};

describe('handleCommand under concurrency', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let deps: CommandHandlingDeps;
  const context = (): CommandContext => ({ actor: { userId: 'ctrl-carl', roles: ['controller'] }, correlationId: randomUUID(), commandId: randomUUID(), receivedAt: new Date() });

  beforeEach(async () => {
    db = await createTestDatabase('handle_command');
    store = await PostgresEventStore.open(db.url, { poolSize: 10 });
    deps = { store, codec: new PersonalDataCodec(new PersonalDataVault(store.pool, LocalKeyRing.ephemeral()), {}), backdatingDays: 60 };
  });
  afterEach(async () => {
    await store.close();
    await db.drop();
  });

  // Four in flight is the client of issue 14 (eleven 409s before); eight is one office's burst,
  // given a wider budget here so that a busy test machine does not decide the outcome.
  it.each([
    [4, undefined],
    [8, 5000],
  ])('records all of %i independent commands sent at once to ONE stream (retry budget %s ms)', async (writers, retryBudgetMs) => {
    const stream = `notes-${randomUUID()}`;
    const outcomes = await Promise.allSettled(
      Array.from({ length: writers }, (_, i) =>
        handleCommand(deps, stream, notesDecider, { key: `k${i}`, text: `note ${i}` }, context(), retryBudgetMs === undefined ? {} : { retryBudgetMs }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    const recorded = await store.readStream(stream);
    expect(recorded.map((e) => (e.data as { key: string }).key).sort()).toEqual(Array.from({ length: writers }, (_, i) => `k${i}`).sort());
  });

  it('of contradicting commands sent at once, records exactly one; the others are decided on its outcome and refused', async () => {
    const stream = `notes-${randomUUID()}`;
    const outcomes = await Promise.allSettled(Array.from({ length: 4 }, (_, i) => handleCommand(deps, stream, notesDecider, { key: 'same', text: `writer ${i}` }, context())));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) expect(o.reason).toMatchObject({ kind: 'conflict', code: 'note-taken' });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('folds streams read first (closed year streams) before its own, and appends only to its own', async () => {
    const old = `notes-old-${randomUUID()}`;
    const own = `notes-own-${randomUUID()}`;
    await handleCommand(deps, old, notesDecider, { key: 'a', text: 'recorded before' }, context());
    await expect(handleCommand(deps, own, notesDecider, { key: 'a', text: 'again' }, context(), { readFirst: [old] })).rejects.toMatchObject({ code: 'note-taken' });
    const handled = await handleCommand(deps, own, notesDecider, { key: 'b', text: 'new' }, context(), { readFirst: [old] });
    expect(handled.revision).toBe(0);
    expect(await store.readStream(old)).toHaveLength(1);
    expect((await store.readStream(own)).map((e) => (e.data as { key: string }).key)).toEqual(['b']);
  });
});
