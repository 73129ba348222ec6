/**
 * Bundles the dashboard (apps/api/src/dashboard) with chart.js into dist/dashboard: dashboard.js,
 * dashboard.html and dashboard.css, which the api serves at /dashboard. `npm run build` runs it;
 * the api also imports bundleDashboard from here to build in memory when dist/dashboard is missing
 * or older than the sources (tests, a checkout that was never built). No CDN: everything is local.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DASHBOARD_SOURCE = 'apps/api/src/dashboard';
export const DASHBOARD_OUT = 'dist/dashboard';
const ENTRY = 'dashboard.client.ts';
const STATIC = ['dashboard.html', 'dashboard.css'];

/** @param {string} root the repository root */
const options = (root) => ({
  absWorkingDir: root,
  entryPoints: [join(root, DASHBOARD_SOURCE, ENTRY)],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  legalComments: 'eof',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});

/** The bundle as text, written nowhere. @param {string} root */
export async function bundleDashboard(root) {
  const { build } = await import('esbuild');
  const result = await build({ ...options(root), write: false });
  return result.outputFiles[0].text;
}

/** Writes dist/dashboard. @param {string} root */
export async function buildDashboard(root) {
  const { build } = await import('esbuild');
  const out = join(root, DASHBOARD_OUT);
  await mkdir(out, { recursive: true });
  await build({ ...options(root), outfile: join(out, 'dashboard.js') });
  for (const file of STATIC) await copyFile(join(root, DASHBOARD_SOURCE, file), join(out, file));
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const out = await buildDashboard(root);
  console.error(`dashboard built into ${out}`); // stderr: `npm run token` prints only the token on stdout
}
