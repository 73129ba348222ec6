import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The layer rules (.dependency-cruiser.cjs) fail on a deliberate violation, naming the rule: each
 * case writes a tiny tree of libs/ and apps/ into a temp folder (with a tsconfig mapping #libs/<area>
 * as the real one does) and runs the dependency-cruiser CLI on it with the project's config.
 */
const ROOT = process.cwd();
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

const TSCONFIG = JSON.stringify({
  compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, paths: { '#libs/*': ['./libs/*/src/index.ts'] } },
  include: ['apps/**/*.ts', 'libs/**/*.ts'],
});

/** A correct little world every case starts from: two areas meeting through their index, the decider below them. */
const CLEAN: Record<string, string> = {
  'libs/decider/src/index.ts': 'export const decide = (): number => 1;\n',
  'libs/customers/src/domain/customer.ts': "import { decide } from '#libs/decider';\nexport const customer = decide();\n",
  'libs/customers/src/index.ts': "export * from './domain/customer.js';\n",
  'libs/loans/src/domain/loan.ts': "import { customer } from '#libs/customers';\nexport const loan = customer + 1;\n",
  'libs/loans/src/index.ts': "export * from './domain/loan.js';\n",
  'libs/projections/src/index.ts': "import { decide } from '#libs/decider';\nexport const run = decide;\n",
  'libs/composition/src/index.ts': "import { loan } from '#libs/loans';\nimport { run } from '#libs/projections';\nexport const all = [loan, run];\n",
  'apps/api/src/main.ts': "import { all } from '#libs/composition';\nexport const main = all;\n",
};

function cruise(extra: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'layer-rules-'));
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'tsconfig.json'), TSCONFIG);
    for (const [file, text] of Object.entries({ ...CLEAN, ...extra })) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const result = spawnSync(process.execPath, [CLI, 'apps', 'libs', '--config', CONFIG, '--output-type', 'err'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(resolve(dir), { recursive: true, force: true });
  }
}

describe('layer rules (dependency-cruiser)', () => {
  it('pass on a tree that keeps them', () => {
    const { status, output } = cruise({});
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });

  it.each([
    ['domain-is-pure', { 'libs/loans/src/domain/row.ts': "import { DataSource } from 'typeorm';\nexport const source = DataSource;\n" }, 'libs/loans/src/domain/row.ts'],
    ['domain-is-pure', { 'libs/loans/src/domain/id.ts': "import { randomUUID } from 'node:crypto';\nexport const id = randomUUID;\n" }, 'libs/loans/src/domain/id.ts'],
    [
      'domain-is-pure',
      { 'libs/loans/src/domain/nest.ts': "import { Injectable } from '@nestjs/common';\nexport const injectable = Injectable;\n" },
      'libs/loans/src/domain/nest.ts',
    ],
    [
      'domain-reaches-no-other-area-internals',
      { 'libs/loans/src/domain/peek.ts': "import { customer } from '../../../customers/src/domain/customer.js';\nexport const peek = customer;\n" },
      'libs/customers/src/domain/customer.ts',
    ],
    [
      'areas-meet-through-index',
      { 'libs/loans/src/loans.module.ts': "import { customer } from '../../customers/src/domain/customer.js';\nexport const module = customer;\n" },
      'libs/customers/src/domain/customer.ts',
    ],
    [
      'apps-use-lib-index',
      { 'apps/api/src/peek.ts': "import { loan } from '../../../libs/loans/src/domain/loan.js';\nexport const peek = loan;\n" },
      'libs/loans/src/domain/loan.ts',
    ],
    ['infrastructure-knows-no-business-area', { 'libs/decider/src/loans.ts': "import { loan } from '#libs/loans';\nexport const l = loan;\n" }, 'libs/loans/src/index.ts'],
    [
      'projection-framework-knows-no-business-area',
      { 'libs/projections/src/registry.ts': "import { loan } from '#libs/loans';\nexport const projections = [loan];\n" },
      'libs/loans/src/index.ts',
    ],
    ['libs-import-no-app', { 'libs/loans/src/boot.ts': "import { main } from '../../../apps/api/src/main.js';\nexport const boot = main;\n" }, 'apps/api/src/main.ts'],
    [
      'no-folder-cycles',
      {
        'libs/customers/src/domain/customer.ts': "import { decide } from '#libs/decider';\nexport const customer = decide();\n",
        'libs/customers/src/loans-of.ts': "import { loan } from '#libs/loans';\nexport const loansOf = loan;\n",
      },
      'libs/loans/src',
    ],
  ])('fail on a violation of %s (case %#), naming the rule and the edge', (rule, files, target) => {
    const { status, output } = cruise(files);
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`error ${rule}: .*${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 's'));
  });
});
