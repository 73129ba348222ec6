import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { eventually } from '../../../tests/support/database.js';
import { runnerFixture, type RunnerFixture } from './testing/fixture.js';
import { STREAM_COUNTS, expectedStreamCounts, streamCountProjection } from './testing/test-projections.js';

const NAME = 'test-stream-counts';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs tests/support/projector-child.ts from the sources and resolves when it prints `line`. */
function startChild(url: string, output: string[]): { child: ChildProcess; printed(line: string): Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/projector-child.ts'], {
    cwd: ROOT,
    env: { ...process.env, PROJECTOR_CHILD_DATABASE_URL: url, PROJECTOR_CHILD_BATCH_SIZE: '25' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffer = '';
  const listeners: (() => void)[] = [];
  const onData = (chunk: Buffer): void => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    output.push(...lines);
    listeners.forEach((check) => check());
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  return {
    child,
    printed: (line) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (output.includes(line)) resolve();
        };
        listeners.push(check);
        child.once('exit', (code, signal) => reject(new Error(`child exited (${code ?? signal}) before printing ${line}:\n${output.join('\n')}`)));
        check();
      }),
  };
}

describe('a projector process killed in the middle of a batch', () => {
  let fx: RunnerFixture;
  let child: ChildProcess | undefined;
  beforeEach(async () => {
    fx = await runnerFixture();
  });
  afterEach(async () => {
    child?.kill('SIGKILL');
    await fx.dispose();
  });

  it('loses nothing and counts nothing twice: a restarted runner ends where a rebuild from zero does', async () => {
    for (let i = 0; i < 200; i++) await fx.append(`loan-${i % 9}`, i % 4 === 3 ? ['Ignored'] : ['Counted']);
    await fx.append('crash-here', ['Counted']);
    for (let i = 0; i < 40; i++) await fx.append(`loan-${i % 11}`, ['Counted']);

    const output: string[] = [];
    const started = startChild(fx.db.url, output);
    child = started.child;
    await started.printed('in-batch');

    // The child's batch has written its rows but not committed; the committed state is whole batches
    // before 'crash-here': the 150 'Counted' among the first 200 events (it reads only its own types).
    const committed = await fx.checkpoint(NAME);
    const events = await fx.allEvents();
    const upToCheckpoint = events.slice(0, events.findIndex((e) => e.position.commit === committed?.commit && e.position.prepare === committed?.prepare) + 1);
    expect(upToCheckpoint.filter((e) => e.type === 'Counted')).toHaveLength(150);
    expect(await fx.counts()).toEqual(expectedStreamCounts(upToCheckpoint));

    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    child = undefined;

    // The killed backend rolls back its transaction and gives up the lock.
    await eventually(async () => {
      const [{ held }] = await fx.dataSource.query(
        `SELECT count(*) AS held FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      expect(held).toBe(0);
    });
    expect(await fx.checkpoint(NAME)).toEqual(committed);
    expect(await fx.counts()).toEqual(expectedStreamCounts(upToCheckpoint));

    const runner = fx.runner([streamCountProjection()]);
    await runner.start();
    await runner.waitFor(fx.lastAppended());
    const resumed = await fx.counts();
    expect(resumed).toEqual(expectedStreamCounts(events));

    await runner.rebuild(NAME);
    expect(await fx.counts()).toEqual(resumed);
    expect(await fx.dataSource.query(`SELECT sum(event_count)::int AS total FROM ${STREAM_COUNTS}`)).toEqual([{ total: 191 }]);
  }, 60_000);
});
