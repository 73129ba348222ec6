import { readFileSync } from 'node:fs';
import { validate } from 'dockerfile-utils';

/**
 * No Docker engine runs on the build machines, so the Dockerfile and the compose file are checked
 * here: the Dockerfile by dockerfile-utils' validator (the Dockerfile language server's rules:
 * syntax, arguments, duplicates, deprecations) and both by what the deployment relies on.
 * (hadolint has no Debian or npm package here.) tests/e2e/production-install.e2e.spec.ts runs the
 * runtime stage's install and command against a real PostgreSQL.
 */
describe('the Dockerfile', () => {
  const text = readFileSync('Dockerfile', 'utf8');
  const stages = text.split(/^FROM /m).slice(1);

  it('passes the Dockerfile validator without a warning', () => {
    expect(validate(text).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('builds in one stage with the dev dependencies and runs node dist/... in another on production dependencies only', () => {
    expect(stages).toHaveLength(2);
    const [build, runtime] = stages;
    expect(build).toMatch(/^node:\d+\.\d+\.\d+-\S+ AS build/);
    expect(build).toContain('RUN npm ci');
    expect(build).toMatch(/npm run build && npm prune --omit=dev/);
    expect(runtime).toMatch(/^node:\d+\.\d+\.\d+-\S+ AS runtime/);
    expect(runtime).toContain('COPY --from=build /app/dist ./dist');
    expect(runtime).not.toMatch(/npm (ci|install)(?!.*--omit=dev)/);
    expect(runtime).toMatch(/CMD \["node", "dist\/apps\/api\/src\/main\.js"\]/);
  });

  it('runs as a non-root user with a health check on liveness', () => {
    const runtime = stages[1];
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime.indexOf('USER node')).toBeLessThan(runtime.indexOf('CMD'));
    expect(runtime).toMatch(/HEALTHCHECK [^\n]*\\\n\s+CMD \["node", "-e", ".*\/health\/live/);
  });

  it('keeps local state and dependencies out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.data', '.git']));
  });
});

describe('docker/compose.yml', () => {
  const text = readFileSync('docker/compose.yml', 'utf8');

  it('runs PostgreSQL, the api and a separate projector, on pinned images', () => {
    expect(text).toMatch(/^ {2}postgres:\n {4}image: postgres:\d+\.\d+-\w+$/m);
    expect(text).toMatch(/^ {2}api:$/m);
    expect(text).toMatch(/^ {2}projector:$/m);
    expect(text).toContain('command: ["node", "dist/apps/projector/src/main.js"]');
    expect(text).not.toMatch(/image: \S+:latest|image: [^:\s]+$/m);
  });

  it('keeps the data in a volume, checks health, and starts the apps once PostgreSQL is healthy', () => {
    expect(text).toMatch(/- postgres-data:\/var\/lib\/postgresql\/data/);
    expect(text).toMatch(/pg_isready/);
    expect(text).toMatch(/\/health\/ready/);
    expect(text).toMatch(/condition: service_healthy/);
  });

  it('runs the api with projections off and requires a JWT secret', () => {
    expect(text).toMatch(/RUN_PROJECTIONS: "false"/);
    expect(text).toMatch(/JWT_SECRET: \$\{JWT_SECRET:\?/);
  });
});
