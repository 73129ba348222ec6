import { access, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface DashboardFiles {
  readonly html: string;
  readonly css: string;
  readonly js: string;
}

const SOURCE = 'apps/api/src/dashboard';
const BUILT = 'dist/dashboard';
const SOURCES = ['dashboard.client.ts', 'dashboard.html', 'dashboard.css'];

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/** The repository root: the nearest folder up with a package.json (from src/ under tsx or jest, from dist/ when built). */
async function repositoryRoot(): Promise<string> {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (await exists(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error('No package.json above the api: cannot find the dashboard');
  }
}

/** dist/dashboard is usable when it is complete and not older than any source file there is. */
async function builtIsFresh(root: string): Promise<boolean> {
  const built = await Promise.all(['dashboard.js', 'dashboard.html', 'dashboard.css'].map((file) => stat(join(root, BUILT, file)).catch(() => undefined)));
  if (built.some((s) => s === undefined)) return false;
  const oldestBuilt = Math.min(...built.map((s) => s!.mtimeMs));
  const sources = await Promise.all(SOURCES.map((file) => stat(join(root, SOURCE, file)).catch(() => undefined)));
  return sources.every((s) => s === undefined || s.mtimeMs <= oldestBuilt);
}

/**
 * The dashboard's three files, loaded once per process: from dist/dashboard as `npm run build`
 * left them, or else bundled in memory with the same esbuild settings (scripts/build-dashboard.mjs),
 * which needs esbuild (a dev dependency) and the sources.
 */
export async function loadDashboardFiles(): Promise<DashboardFiles> {
  const root = await repositoryRoot();
  if (await builtIsFresh(root)) {
    const [html, css, js] = await Promise.all(['dashboard.html', 'dashboard.css', 'dashboard.js'].map((file) => readFile(join(root, BUILT, file), 'utf8')));
    return { html: html!, css: css!, js: js! };
  }
  const script = (await import(pathToFileURL(join(root, 'scripts', 'build-dashboard.mjs')).href)) as { bundleDashboard(root: string): Promise<string> };
  const [html, css, js] = await Promise.all([
    readFile(join(root, SOURCE, 'dashboard.html'), 'utf8'),
    readFile(join(root, SOURCE, 'dashboard.css'), 'utf8'),
    script.bundleDashboard(root),
  ]);
  return { html, css, js };
}
