import 'reflect-metadata';
import { Global, Module, type INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { type GlobalPosition } from '#libs/event-store';
import { AuthGuard, issueToken, JwtVerifier, validationPipe } from '#libs/platform';
import { PROJECTION_RUNNER, ProjectionTimeoutError, READ_MODELS } from '#libs/projections';
import { ProblemDetailsFilter } from '../../platform/src/http/problem-details.filter.js';
import { ScorecardModule } from './scorecard.module.js';
import { readModelFixture, type ReadModelFixture } from './testing/read-model-fixture.js';

const SECRET = 'scorecard-routes-test-secret';

/** A runner whose read models have reached position 100-0 and never get further, over a store whose head is `head`. */
class RunnerAt100 {
  readonly names = ['customers', 'loans'];
  readonly waits: { position: GlobalPosition; timeoutMs: number }[] = [];
  head_: GlobalPosition = { commit: 100, prepare: 0 };
  async head(): Promise<GlobalPosition> {
    return this.head_;
  }
  async lowestCheckpoint(): Promise<GlobalPosition> {
    return { commit: 100, prepare: 0 };
  }
  async lagBetween(from: GlobalPosition, to: GlobalPosition): Promise<{ events: number; seconds: number }> {
    return { events: to.commit - from.commit, seconds: (to.commit - from.commit) * 1.5 };
  }
  async waitFor(position: GlobalPosition, names: readonly string[], timeoutMs: number): Promise<void> {
    this.waits.push({ position, timeoutMs });
    if (position.commit > 100) throw new ProjectionTimeoutError(position, names, timeoutMs);
  }
}

const ROUTES = [
  'loan-volume',
  'unique-customers',
  'target-groups',
  'customer-time',
  'focus-groups',
  'recommendations',
  'special-assignments',
  'mentor-pairs',
  'targets',
  'growth-index',
  'focus-group-index',
  'employee-engagement',
  'employee-diversity',
  'free-equity',
  'sustainability',
  'municipalities',
  'special-assignment-approvals',
];

describe('GET /figures/* over HTTP', () => {
  let f: ReadModelFixture;
  let app: INestApplication;
  let baseUrl: string;
  const runner = new RunnerAt100();
  const tokens: Record<string, string> = {};

  const get = async (path: string, role = 'controller') => {
    const response = await fetch(`${baseUrl}${path}`, { headers: tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {} });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    f = await readModelFixture('scorecard_routes');
    await f.rows.customer('A', { region: 'orebro' });
    await f.rows.loan('L1', { customerId: 'A', approvedOn: '2025-05-05', grantedOre: 2_000_000 });

    @Global()
    @Module({
      providers: [
        { provide: READ_MODELS, useValue: f.dataSource },
        { provide: PROJECTION_RUNNER, useValue: runner },
        { provide: JwtVerifier, useValue: new JwtVerifier({ secret: SECRET }) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
      exports: [READ_MODELS, PROJECTION_RUNNER, JwtVerifier],
    })
    class TestInfrastructure {}

    @Module({ imports: [CqrsModule.forRoot(), TestInfrastructure, ScorecardModule] })
    class TestApp {}

    app = await NestFactory.create(TestApp, { logger: false });
    app.useGlobalPipes(validationPipe());
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    for (const role of ['controller', 'admin', 'advisor', 'credit_officer'] as const) tokens[role] = await issueToken(SECRET, { userId: `u-${role}`, roles: [role] });
  });
  afterAll(async () => {
    await app.close();
    await f.dispose();
  });

  it('answers every figure route to a controller and an admin', async () => {
    for (const route of ROUTES) {
      for (const role of ['controller', 'admin']) {
        const response = await get(`/figures/${route}?year=2025&region=orebro`, role);
        expect([route, role, response.status]).toEqual([route, role, 200]);
        expect(response.body.period).toMatchObject({ from: '2025-01-01', to: '2025-12-31', label: '2025' });
        // Free equity and the approvals are the company's figures: a region does not cut them.
        expect(response.body.region).toBe(['free-equity', 'special-assignment-approvals'].includes(route) ? null : 'orebro');
      }
    }
    expect((await get('/figures/loan-volume?year=2025&quarter=2')).body.totals).toMatchObject({ loansGranted: 1, grantedVolumeOre: 2_000_000 });
  });

  it('refuses advisors and credit officers (403) and callers without a token (401)', async () => {
    for (const route of ROUTES) {
      expect((await get(`/figures/${route}?year=2025`, 'advisor')).status).toBe(403);
      expect((await get(`/figures/${route}?year=2025`, 'credit_officer')).status).toBe(403);
      expect((await get(`/figures/${route}?year=2025`, 'nobody')).status).toBe(401);
    }
  });

  it('answers 400 naming the parameter for a malformed value or a period that is not exactly one form', async () => {
    const cases: [string, string][] = [
      ['/figures/loan-volume', 'period'],
      ['/figures/loan-volume?year=2025&from=2025-01-01&to=2025-02-01', 'year'],
      ['/figures/loan-volume?from=2025-03-01&to=2025-02-01', 'to'],
      ['/figures/loan-volume?from=2025-02-30&to=2025-03-01', 'from'],
      ['/figures/unique-customers?year=twenty', 'year'],
      ['/figures/unique-customers?year=2025&quarter=5', 'quarter'],
      ['/figures/target-groups?year=2025&region=skane', 'region'],
      ['/figures/customer-time?year=2025&granularity=day', 'granularity'],
      ['/figures/targets?year=2025&colour=red', 'colour'],
      ['/figures/recommendations?year=2025&position=latest', 'position'],
      ['/figures/recommendations?year=2025&position=5-0&waitMs=99999', 'waitMs'],
    ];
    for (const [path, field] of cases) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 400]);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('takes the granularity for customer time', async () => {
    const response = await get('/figures/customer-time?year=2025&quarter=1&granularity=week');
    expect(response.body.granularity).toBe('week');
    expect(response.body.buckets).toHaveLength(14);
  });

  it('waits for ?position= before reading, and answers 503 when the read models do not get there within waitMs', async () => {
    const reached = await get('/figures/mentor-pairs?year=2025&position=100-7&waitMs=250');
    expect(reached.status).toBe(200);
    expect(runner.waits.at(-1)).toEqual({ position: { commit: 100, prepare: 7 }, timeoutMs: 250 });

    const behind = await get('/figures/mentor-pairs?year=2025&position=101-0&waitMs=10');
    expect(behind.status).toBe(503);
    expect(behind.body.code).toBe('read-model-behind');
  });

  it('waits by default for the head as it was when the request arrived, and says what every answer includes', async () => {
    for (const route of ROUTES) {
      const response = await get(`/figures/${route}?year=2025`);
      expect([route, response.status]).toEqual([route, 200]);
      expect(response.body.freshness).toEqual({ position: '100-0', head: '100-0', lagEvents: 0, lagSeconds: 0, complete: true });
      expect(runner.waits.at(-1)).toEqual({ position: { commit: 100, prepare: 0 }, timeoutMs: 5000 });
    }
    runner.head_ = { commit: 104, prepare: 0 };
    try {
      const behind = await get('/figures/loan-volume?year=2025&waitMs=20');
      expect(behind.status).toBe(503);
      expect(behind.body.code).toBe('read-model-behind');
      expect(behind.body.freshness).toEqual({ position: '100-0', head: '104-0', lagEvents: 4, lagSeconds: 6, complete: false });
      expect(behind.body.detail).toContain('stale=ok');

      const waitsBefore = runner.waits.length;
      const stale = await get('/figures/loan-volume?year=2025&stale=ok');
      expect(stale.status).toBe(200);
      expect(runner.waits.length).toBe(waitsBefore);
      expect(stale.body.freshness).toEqual({ position: '100-0', head: '104-0', lagEvents: 4, lagSeconds: 6, complete: false });
      expect(stale.body.totals).toMatchObject({ loansGranted: 1 });

      const wrong = await get('/figures/loan-volume?year=2025&stale=yes');
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors.map((e: { field: string }) => e.field)).toContain('stale');
    } finally {
      runner.head_ = { commit: 100, prepare: 0 };
    }
  });

  it('documents every route in OpenAPI with its query parameters and response', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    for (const route of ROUTES) {
      const operation = document.paths[`/figures/${route}`]?.get;
      expect(operation?.parameters?.map((p) => ('name' in p ? p.name : ''))).toEqual(
        expect.arrayContaining(['year', 'quarter', 'month', 'from', 'to', 'region', 'position', 'waitMs', 'stale']),
      );
      expect(operation?.responses['200']).toBeDefined();
    }
    const customerTime = document.paths['/figures/customer-time']?.get;
    expect(customerTime?.parameters?.map((p) => ('name' in p ? p.name : ''))).toContain('granularity');
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(expect.arrayContaining(['LoanVolumeResponse', 'ReturnOnLendingDto', 'TargetsResponse']));
  });
});
