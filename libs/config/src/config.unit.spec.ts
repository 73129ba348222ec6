import { ConfigError, loadConfig } from './config.js';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const URL = 'postgresql://app:pw@db.internal:5432/almi';

const refusal = (load: () => unknown): string => {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('the configuration', () => {
  it('defaults to the embedded server with demo data, projections in-process and a generated secret', () => {
    const config = loadConfig({ env: {} });
    expect(config.database).toEqual({ kind: 'embedded', dir: '.data/postgres', port: 54329 });
    expect(config.demoData).toBe(true);
    expect(config.runProjections).toBe(true);
    expect(config.auth).toEqual({ kind: 'generated' });
    expect(config.http.port).toBe(3000);
  });

  it.each(['0', 'false', 'FALSE', 'no', 'off'])('reads DEMO_DATA=%s as off', (value) => {
    expect(loadConfig({ env: { DEMO_DATA: value } }).demoData).toBe(false);
  });

  it('refuses a DEMO_DATA it cannot read, naming the variable, the value and the allowed values', () => {
    const message = refusal(() => loadConfig({ env: { DEMO_DATA: 'maybe' } }));
    expect(message).toContain('DEMO_DATA="maybe"');
    expect(message).toContain('true, false, 1, 0, yes, no, on, off');
  });

  it('never seeds demo data into a DATABASE_URL store unless asked', () => {
    const env = { DATABASE_URL: URL, JWT_SECRET: SECRET };
    expect(loadConfig({ env }).demoData).toBe(false);
    expect(loadConfig({ env, argv: ['--demo-data'] }).demoData).toBe(true);
    expect(loadConfig({ env: { ...env, DEMO_DATA: 'true' } }).demoData).toBe(true);
  });

  it('refuses a DATABASE_URL without JWT settings for the api, saying what to set', () => {
    const message = refusal(() => loadConfig({ env: { DATABASE_URL: URL } }));
    expect(message).toContain('DATABASE_URL is set but neither JWT_SECRET nor JWT_JWKS_URL is');
    expect(message).toContain('the same on every instance');
  });

  it('lets the projector run on a DATABASE_URL without JWT settings: it verifies no tokens', () => {
    expect(loadConfig({ env: { DATABASE_URL: URL }, role: 'projector' }).database).toEqual({ kind: 'url', url: URL });
  });

  it("takes an identity provider's keys instead of a secret", () => {
    const config = loadConfig({ env: { DATABASE_URL: URL, JWT_JWKS_URL: 'https://idp.example/jwks', JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'almi' } });
    expect(config.auth).toEqual({ kind: 'jwks', jwksUrl: 'https://idp.example/jwks', issuer: 'https://idp.example', audience: 'almi' });
  });

  it('lists every bad value at once, each with its variable', () => {
    const message = refusal(() => loadConfig({ env: { PORT: '99999', RUN_PROJECTIONS: 'sometimes', JWT_SECRET: 'short', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' } }));
    expect(message).toContain('PORT="99999" must be a whole number from 0 to 65535');
    expect(message).toContain('RUN_PROJECTIONS="sometimes" must be one of');
    expect(message).toContain('JWT_SECRET="short" must be at least 32 characters');
    expect(message).toContain('DATABASE_URL="mysql://x" must be a URL starting with postgres:// or postgresql://');
    expect(message).toContain('LOG_LEVEL="loud" must be one of fatal, error, warn, info, debug, trace, silent');
  });

  it('refuses contradictions: both token settings, both demo flags, embedded settings beside DATABASE_URL', () => {
    expect(refusal(() => loadConfig({ env: { JWT_SECRET: SECRET, JWT_JWKS_URL: 'https://idp.example/jwks' } }))).toContain('JWT_SECRET and JWT_JWKS_URL are both set');
    expect(refusal(() => loadConfig({ env: {}, argv: ['--demo-data', '--empty'] }))).toContain('--demo-data and --empty contradict');
    expect(refusal(() => loadConfig({ env: { DEMO_DATA: 'off' }, argv: ['--demo-data'] }))).toContain('DEMO_DATA=off contradicts --demo-data');
    expect(refusal(() => loadConfig({ env: { DATABASE_URL: URL, JWT_SECRET: SECRET, EMBEDDED_PG_DIR: '/srv/pg' } }))).toContain('cannot be combined with DATABASE_URL');
  });

  it('treats an empty variable as not given', () => {
    expect(loadConfig({ env: { DATABASE_URL: '', DEMO_DATA: '', PORT: ' ' } }).database.kind).toBe('embedded');
  });

  it('reads --empty, RUN_PROJECTIONS, the catalogue files and the readiness limits', () => {
    const config = loadConfig({
      env: { RUN_PROJECTIONS: '0', LOAN_PRODUCTS_FILE: '/etc/almi/products.json', READY_MAX_LAG_EVENTS: '500', READY_MAX_LAG_SECONDS: '5' },
      argv: ['--empty'],
    });
    expect(config.demoData).toBe(false);
    expect(config.runProjections).toBe(false);
    expect(config.catalogues).toEqual({ loanProductsFile: '/etc/almi/products.json' });
    expect(config.readiness).toEqual({ maxLagEvents: 500, maxLagSeconds: 5 });
  });
});
