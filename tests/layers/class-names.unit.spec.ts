import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Swagger names a schema after its class and silently keeps one of two classes with the same name,
 * so a route can be documented with another route's fields (it happened to GET /loans/:id and to a
 * report's comments). Every exported class in apps/ and libs/ therefore has a name of its own.
 */
const ROOT = process.cwd();

const sources = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });

describe('class names', () => {
  it('are unique across apps and libs, so the OpenAPI document has one schema per class', () => {
    const places = new Map<string, string[]>();
    for (const file of [...sources(join(ROOT, 'apps')), ...sources(join(ROOT, 'libs'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/^export (?:abstract )?class (\w+)/gm)) {
        places.set(match[1], [...(places.get(match[1]) ?? []), relative(ROOT, file)]);
      }
    }
    expect(places.size).toBeGreaterThan(100);
    expect([...places].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
