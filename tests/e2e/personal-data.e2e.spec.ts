import { randomUUID } from 'node:crypto';
import type { EventStore } from '#libs/event-store';
import { EVENT_STORE, PersonalDataVault } from '#libs/platform';
import { startTestApp, type TestApp } from '../support/app.js';

interface AuditEvent {
  type: string;
  data: Record<string, unknown>;
}

/** Erasing an employee's or a mentor's name on its own, and rotating the key-encryption key. */
describe('personal data of employees and mentors, and the KEK, over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let advisor: string;
  const CUSTOMER = '5560000134';

  beforeAll(async () => {
    t = await startTestApp('personal_data');
    admin = await t.token('admin-ada', 'admin');
    advisor = await t.token('advisor-bo', 'advisor');
    const registered = await t.request('POST', '/customers', {
      token: advisor,
      body: { customerId: CUSTOMER, name: 'Kund AB', region: 'vastmanland', municipality: 'Västerås', foundedOn: '2019-04-01', phase: 'growth', registeredOn: '2026-01-10' },
    });
    expect(registered.status).toBe(200);
    const profile = await t.request('PUT', `/customers/${CUSTOMER}/owner-profile`, {
      token: advisor,
      body: { womenLed: 'yes', foreignBackground: 'no', ownerName: 'Eva Ek', recordedOn: '2026-01-10' },
    });
    expect(profile.status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const audit = async (streamId: string): Promise<AuditEvent[]> => {
    const response = await t.request('GET', `/audit/streams/${streamId}`, { token: admin });
    expect(response.status).toBe(200);
    return response.body.events;
  };
  const ownerName = async (): Promise<unknown> => (await audit(`customer-${CUSTOMER}`)).find((e) => e.type === 'OwnerProfileRecorded')!.data.ownerName;

  it("erases an employee's name on its own: admin only, recorded, the name reads as erased, roles stay", async () => {
    const registered = await t.request('POST', '/employees', { token: admin, body: { userId: 'karl.berg', name: 'Karl Berg', region: 'orebro', roles: ['advisor'] } });
    expect(registered.status).toBe(200);
    expect((await audit('employee-karl.berg'))[0].data.name).toBe('[personal data]');

    const byAdvisor = await t.request('POST', '/employees/karl.berg/erase-personal-data', { token: advisor, body: {} });
    expect(byAdvisor.status).toBe(403);
    const unknown = await t.request('POST', '/employees/nobody/erase-personal-data', { token: admin, body: {} });
    expect(unknown.status).toBe(404);
    expect((await audit('employee-karl.berg')).map((e) => e.type)).toEqual(['EmployeeRegistered']);

    const erased = await t.request('POST', '/employees/karl.berg/erase-personal-data', { token: admin, body: { requestedOn: '2026-03-01' } });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ ids: { userId: 'karl.berg' }, events: ['EmployeePersonalDataErased'] });
    const events = await audit('employee-karl.berg');
    expect(events.map((e) => e.type)).toEqual(['EmployeeRegistered', 'EmployeePersonalDataErased']);
    expect(events[0].data).toMatchObject({ name: '[erased]', region: 'orebro', roles: ['advisor'] });
    expect(await ownerName()).toBe('[personal data]');
  });

  it("erases a mentor's name on its own: the customer's owner profile stays readable", async () => {
    const matched = await t.request('POST', '/advisory/mentor-pairs', {
      token: advisor,
      body: { programme: 'mentor_utveckla_foretag', mentorName: 'Karin Lindqvist', customerId: CUSTOMER, matchedOn: '2026-03-04' },
    });
    expect(matched.status).toBe(200);
    const { pairId } = matched.body.ids;
    expect((await t.request('POST', `/advisory/mentor-pairs/${pairId}/erase-mentor-name`, { token: advisor, body: {} })).status).toBe(403);

    const erased = await t.request('POST', `/advisory/mentor-pairs/${pairId}/erase-mentor-name`, { token: admin, body: { requestedOn: '2026-04-01' } });
    expect(erased.status).toBe(200);
    expect(erased.body.events).toEqual(['MentorNameErased']);
    const events = await audit(`mentor-pair-${pairId}`);
    expect(events.map((e) => e.type)).toEqual(['MentorPairMatched', 'MentorNameErased']);
    expect(events[0].data).toMatchObject({ mentorName: '[erased]', customerId: CUSTOMER, programme: 'mentor_utveckla_foretag' });
    expect(await ownerName()).toBe('[personal data]');
    expect((await t.request('POST', `/advisory/mentor-pairs/${randomUUID()}/erase-mentor-name`, { token: admin, body: {} })).status).toBe(404);
  });

  it("refuses with 422, recording nothing, a mentor name recorded under the customer's key (before mentors had keys), which stays readable", async () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    const vault = t.app.get(PersonalDataVault);
    const pairId = randomUUID();
    await store.append(
      `mentor-pair-${pairId}`,
      [
        {
          id: randomUUID(),
          type: 'MentorPairMatched',
          data: {
            pairId,
            programme: 'mentor_starta_foretag',
            mentorName: await vault.seal(`customer:${CUSTOMER}`, 'Old Mentor'),
            customerId: CUSTOMER,
            matchedOn: '2025-01-01',
            matchedBy: 'advisor-bo',
          },
          metadata: { userId: 'advisor-bo', correlationId: randomUUID(), causationId: randomUUID() },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    const refused = await t.request('POST', `/advisory/mentor-pairs/${pairId}/erase-mentor-name`, { token: admin, body: {} });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('mentor-name-sealed-with-customer');
    const events = await audit(`mentor-pair-${pairId}`);
    expect(events.map((e) => e.type)).toEqual(['MentorPairMatched']);
    expect(events[0].data.mentorName).toBe('[personal data]');
  });

  it('rotates the KEK on an admin’s request: every live key re-wrapped, sealed data still opens, new data is sealed', async () => {
    expect((await t.request('POST', '/admin/personal-data/rotate-kek', { token: advisor })).status).toBe(403);
    const rotated = await t.request('POST', '/admin/personal-data/rotate-kek', { token: admin });
    expect(rotated.status).toBe(200);
    // Only the customer's key is live: the employee's and the mentor's were erased, so nothing re-wraps them.
    expect(rotated.body.rewrapped).toBe(1);
    expect(rotated.body.previousKekIds).toHaveLength(1);
    expect(rotated.body.previousKekIds[0]).not.toBe(rotated.body.kekId);
    expect(await ownerName()).toBe('[personal data]');
    const again = await t.request('POST', '/employees', { token: admin, body: { userId: 'lisa.holm', name: 'Lisa Holm', region: 'orebro', roles: ['advisor'] } });
    expect(again.status).toBe(200);
    expect((await audit('employee-lisa.holm'))[0].data.name).toBe('[personal data]');
  });
});
