import { spawn, type ChildProcess } from 'node:child_process';

export interface ServiceRun {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** The JSON log lines so far (a line that is not JSON fails the parse: logs must be JSON). */
  readonly logLines: () => Record<string, unknown>[];
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
  /** Waits for the "listening" log line and answers the port. */
  listening(timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Runs a service entry point (`apps/api/src/main.ts`, ...) as its own process, through tsx, with
 * exactly the environment given (plus PATH and HOME): what an operator's start does.
 */
export function runService(entry: string, env: Record<string, string>, args: string[] = [], command: string[] = ['--import', 'tsx', entry]): ServiceRun {
  const child = spawn(process.execPath, [...command, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => void (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => void (err += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const logLines = (): Record<string, unknown>[] =>
    out
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    logLines,
    exited,
    async listening(timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const line = logLines().find((l) => typeof l.port === 'number' && String(l.msg).includes('listening'));
        if (line) return line.port as number;
        if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}) before listening:\n${out}\n${err}`);
        if (Date.now() > deadline) throw new Error(`the service did not listen within ${timeoutMs} ms:\n${out}\n${err}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
