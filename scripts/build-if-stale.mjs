/**
 * `npm start` runs this instead of a full build: it compiles (tsc + the dashboard bundle) only when
 * a source is newer than the last build, so a second start begins at once. `--force` always builds.
 * The stamp dist/.build-stamp is written after a successful build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(root, 'dist', '.build-stamp');
const INPUTS = [
  'apps',
  'libs',
  'tests/support',
  'tests/bench',
  'scripts/build-dashboard.mjs',
  'scripts/build-web.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'package-lock.json',
];

/** The newest modification time under `path` (files only), and which file it is. */
const newest = (path, best = { mtime: 0, file: '' }) => {
  if (!existsSync(path)) return best;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) if (name !== 'node_modules') best = newest(join(path, name), best);
    return best;
  }
  return stat.mtimeMs > best.mtime ? { mtime: stat.mtimeMs, file: path } : best;
};

export function buildIsCurrent() {
  if (!existsSync(STAMP)) return { current: false, reason: 'no build yet' };
  const stamp = statSync(STAMP).mtimeMs;
  let changed = { mtime: 0, file: '' };
  for (const input of INPUTS) changed = newest(join(root, input), changed);
  return changed.mtime > stamp ? { current: false, reason: `${changed.file.slice(root.length + 1)} changed` } : { current: true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const state = process.argv.includes('--force') ? { current: false, reason: '--force' } : buildIsCurrent();
  if (state.current) {
    console.error('[build] dist is current: not rebuilding');
  } else {
    console.error(`[build] building (${state.reason})`);
    const started = Date.now();
    const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
    writeFileSync(STAMP, `${new Date().toISOString()}\n`);
    console.error(`[build] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
