import { assertNever, type Region, type Role } from '#libs/decider';
import { eventsOf, updateRows, upsertRows, type Projection, type UpdateSpec, type UpsertSpec } from '#libs/projections';
import type { EmployeeEvent } from '../domain/staff.events.js';

interface EmployeeValues {
  user_id: string;
  region: Region;
  roles: readonly Role[];
}

const EMPLOYEE_EVENT_TYPES = ['EmployeeRegistered', 'EmployeeRolesChanged'] as const satisfies readonly EmployeeEvent['type'][];

const REGISTER: UpsertSpec<EmployeeValues> = {
  table: 'rm_employees',
  columns: { user_id: 'text', region: 'text', roles: 'text[]' },
  key: ['user_id'],
};

const CHANGE_ROLES: UpdateSpec<Omit<EmployeeValues, 'region'>> = {
  table: 'rm_employees',
  columns: { user_id: 'text', roles: 'text[]' },
  key: ['user_id'],
  set: 'roles = x.roles',
};

/**
 * rm_employees: each employee's region (time figures are cut by it) and roles. The name is personal
 * data and stays out; credit certifications are read from their streams, not from a read model.
 */
export function staffProjection(): Projection {
  return {
    name: 'staff',
    tables: ['rm_employees'],
    eventTypes: EMPLOYEE_EVENT_TYPES,
    async apply(recorded, tx) {
      const registered: EmployeeValues[] = [];
      const rolesChanged: Omit<EmployeeValues, 'region'>[] = [];
      for (const event of eventsOf<EmployeeEvent>(recorded, EMPLOYEE_EVENT_TYPES)) {
        switch (event.type) {
          case 'EmployeeRegistered':
            registered.push({ user_id: event.data.userId, region: event.data.region, roles: event.data.roles });
            break;
          case 'EmployeeRolesChanged':
            rolesChanged.push({ user_id: event.data.userId, roles: event.data.roles });
            break;
          case 'EmployeePersonalDataErased': // not subscribed: the name is not kept here
            break;
          default:
            assertNever(event);
        }
      }
      // Registration precedes role changes in each stream; the last change of the batch wins.
      await upsertRows(tx, REGISTER, registered);
      await updateRows(tx, CHANGE_ROLES, rolesChanged);
    },
  };
}
