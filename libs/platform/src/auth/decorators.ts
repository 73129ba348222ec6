import { SetMetadata } from '@nestjs/common';
import type { Role } from '#libs/decider';

export const IS_PUBLIC = 'almi:public';
export const ROLES_KEY = 'almi:roles';

/** No token needed (health, docs, the dashboard's static page). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Only users holding one of these roles; others get 403. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
