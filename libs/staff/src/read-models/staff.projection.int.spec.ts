import type { Region, Role } from '#libs/decider';
import { readModelFixture, type ReadModelFixture } from '../../../composition/src/testing/read-model-fixture.js';
import type { StaffEvent } from '../domain/staff.events.js';
import { certificationStream, employeeStream } from '../domain/staff.streams.js';
import { staffProjection } from './staff.projection.js';

const registered = (userId: string, region: Region, roles: Role[]): StaffEvent => ({
  type: 'EmployeeRegistered',
  data: { userId, name: `Person ${userId}`, region, roles },
});

describe('staff projection', () => {
  let fx: ReadModelFixture;
  const projection = staffProjection();
  beforeEach(async () => {
    fx = await readModelFixture('staff_rm');
  });
  afterEach(async () => {
    await fx.dispose();
  });

  it('keeps each employee region and latest roles, not the name; certifications are not projected', async () => {
    await fx.append(employeeStream('anna'), [registered('anna', 'vastmanland', ['advisor'])]);
    await fx.append(employeeStream('olle'), [
      registered('olle', 'orebro', ['advisor']),
      { type: 'EmployeeRolesChanged', data: { userId: 'olle', roles: ['advisor', 'credit_officer'], previousRoles: ['advisor'] } },
    ]);
    await fx.append(certificationStream('olle'), [{ type: 'CreditCertificationGranted', data: { userId: 'olle', validFrom: '2026-01-01' } }]);
    await fx.catchUp(projection);
    await fx.append(employeeStream('anna'), [
      { type: 'EmployeeRolesChanged', data: { userId: 'anna', roles: ['advisor', 'controller'], previousRoles: ['advisor'] } },
      { type: 'EmployeeRolesChanged', data: { userId: 'anna', roles: ['controller'], previousRoles: ['advisor', 'controller'] } },
    ]);
    await fx.catchUp(projection);

    const rows = await fx.rows('rm_employees', 'user_id');
    expect(rows).toEqual([
      { user_id: 'anna', region: 'vastmanland', roles: ['controller'] },
      { user_id: 'olle', region: 'orebro', roles: ['advisor', 'credit_officer'] },
    ]);
    expect(JSON.stringify(rows)).not.toContain('Person');
  });

  it('applying the same events again changes nothing, and a rebuild gives the rows of the live run', async () => {
    await fx.append(employeeStream('anna'), [
      registered('anna', 'vastmanland', ['advisor']),
      { type: 'EmployeeRolesChanged', data: { userId: 'anna', roles: ['admin'], previousRoles: ['advisor'] } },
    ]);
    await fx.append(employeeStream('olle'), [registered('olle', 'orebro', ['credit_officer'])]);
    await fx.catchUp(projection);
    const live = await fx.snapshot(projection);

    await fx.applyAllAgain(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    await fx.rebuild(projection);
    expect(await fx.snapshot(projection)).toEqual(live);
    expect(live.rm_employees).toEqual([
      { user_id: 'anna', region: 'vastmanland', roles: ['admin'] },
      { user_id: 'olle', region: 'orebro', roles: ['credit_officer'] },
    ]);
  });
});
