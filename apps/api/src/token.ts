import { loadConfig, runMain } from '#libs/config';
import { ROLES, type Role } from '#libs/decider';
import { issueToken } from '#libs/platform';
import { authConfigOf } from './auth-config.js';

/**
 * Issues a token for the embedded default (or any JWT_SECRET):
 *   npm run token -- --user anna --role controller [--role admin] [--expires 12h]
 */
runMain('token', async () => {
  const args = process.argv.slice(2);
  const values = (flag: string): string[] => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]] : []));
  const user = values('--user')[0];
  const roles = values('--role');
  const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (!user || roles.length === 0 || bad.length > 0) {
    console.error(`usage: npm run token -- --user <id> --role <${ROLES.join('|')}> [--role ...] [--expires 12h]`);
    process.exit(2);
  }
  const config = authConfigOf(loadConfig({ role: 'api' }));
  if (!config.secret) {
    console.error('Tokens are verified with JWT_JWKS_URL: get one from that identity provider.');
    process.exit(2);
  }
  console.log(await issueToken(config.secret, { userId: user, roles: roles as Role[] }, { expiresIn: values('--expires')[0], issuer: config.issuer, audience: config.audience }));
});
