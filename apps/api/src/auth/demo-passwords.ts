import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { Actor } from '#libs/decider';
import type { DemoData } from '#libs/demo-data';
import { COMMAND_DEPS, handleCommand, type CommandHandlingDeps } from '#libs/platform';
import { credentialDecider, credentialStream } from './credentials.decider.js';
import { hashPassword, MAX_PASSWORD_LENGTH, type PasswordStore } from './passwords.js';
import { PASSWORD_STORE, SIGN_IN_CONFIG } from './auth.tokens.js';
import type { SignInConfig } from './sign-in.config.js';

/** The documented password of every demo employee (README "Sign-in"), for local sign-in only. */
export const DEMO_PASSWORD = 'demo-almi-2026';

/** The demo employees by their first role, in the order the demo data registers them. */
export function demoPeople(data: DemoData): { userId: string; roles: readonly string[]; registeredBy: Actor }[] {
  return data.commands.flatMap(({ action, actor }) => (action.type === 'RegisterEmployee' ? [{ userId: action.body.userId, roles: action.body.roles, registeredBy: actor }] : []));
}

/**
 * Gives every demo employee the demo password, through the same decider as PUT /employees/:id/password
 * (a PasswordSet each, recorded by the demo admin), so a newcomer can sign in as each role. One argon2id
 * hash serves all of them (the password is public anyway). Only right after seeding demo data.
 */
export async function setDemoPasswords(app: INestApplicationContext, data: DemoData, log: (line: string) => void = () => undefined): Promise<number> {
  const deps = app.get<CommandHandlingDeps>(COMMAND_DEPS);
  const passwords = app.get<PasswordStore>(PASSWORD_STORE);
  const config = app.get<SignInConfig>(SIGN_IN_CONFIG);
  const people = demoPeople(data);
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const person of people) {
    const admin = person.registeredBy;
    await handleCommand(
      deps,
      credentialStream(person.userId),
      credentialDecider,
      {
        type: 'SetPassword',
        data: {
          userId: person.userId,
          passwordLength: DEMO_PASSWORD.length,
          minLength: Math.min(config.password.minLength, DEMO_PASSWORD.length),
          maxLength: MAX_PASSWORD_LENGTH,
          employeeRegistered: true,
          actor: admin,
        },
      },
      { actor: admin, correlationId: `seed-${data.seed}-passwords`, commandId: randomUUID(), receivedAt: new Date() },
    );
    await passwords.setHash(person.userId, hash, admin.userId);
  }
  const byRole = new Map<string, string[]>();
  for (const p of people) byRole.set(p.roles[0] ?? 'none', [...(byRole.get(p.roles[0] ?? 'none') ?? []), p.userId]);
  log(`[seed] local sign-in: every demo employee has the password "${DEMO_PASSWORD}"; e.g. ${[...byRole].map(([role, ids]) => `${role} ${ids[0]}`).join(', ')}`);
  return people.length;
}
