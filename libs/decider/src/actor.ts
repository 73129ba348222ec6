export const ROLES = ['advisor', 'credit_officer', 'controller', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who issues a command: the authenticated user (`userId` is the token's subject). */
export interface Actor {
  readonly userId: string;
  readonly roles: readonly Role[];
}

export const hasRole = (actor: Actor, ...roles: Role[]): boolean => roles.some((r) => actor.roles.includes(r));

export const REGIONS = ['vastmanland', 'orebro'] as const;
/** Västmanland or Örebro län. */
export type Region = (typeof REGIONS)[number];
