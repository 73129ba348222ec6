import { assertNever, type Region } from '#libs/decider';
import { isErased, isSealed, type PersonalDataCodec } from '#libs/platform';
import { eventsOf, updateRows, upsertRows, type Projection, type UpsertSpec, type UpdateSpec } from '#libs/projections';
import { OWNER_ANSWERS, type CompanyPhase, type OwnerAnswer } from '../domain/customer-profile.js';
import { CUSTOMER_EVENT_TYPES, type CustomerEvent } from '../domain/customers.events.js';
import type { TargetGroup } from '../domain/target-group.js';

interface RegisteredRow {
  customer_id: string;
  name: string;
  region: Region;
  municipality: string;
  founded_on: string;
  phase: CompanyPhase;
  registered_on: string;
}

/** What the batch changed on a customer after its registration; absent fields stay as stored. */
interface CustomerPatch {
  customer_id: string;
  name?: string;
  region?: Region;
  municipality?: string;
  phase?: CompanyPhase;
  women_led?: OwnerAnswer;
  foreign_background?: OwnerAnswer;
  personal_data_erased?: boolean;
}

interface ClassificationRow {
  customer_id: string;
  effective_from: string;
  target_group: TargetGroup;
  recorded_commit: number;
  recorded_prepare: number;
}

const REGISTER: UpsertSpec<RegisteredRow> = {
  table: 'rm_customers',
  columns: { customer_id: 'text', name: 'text', region: 'text', municipality: 'text', founded_on: 'date', phase: 'text', registered_on: 'date' },
  key: ['customer_id'],
};

const PATCH: UpdateSpec<CustomerPatch> = {
  table: 'rm_customers',
  columns: {
    customer_id: 'text',
    name: 'text',
    region: 'text',
    municipality: 'text',
    phase: 'text',
    women_led: 'text',
    foreign_background: 'text',
    personal_data_erased: 'boolean',
  },
  key: ['customer_id'],
  set: `name = COALESCE(x.name, t.name), region = COALESCE(x.region, t.region), municipality = COALESCE(x.municipality, t.municipality),
        phase = COALESCE(x.phase, t.phase), women_led = COALESCE(x.women_led, t.women_led),
        foreign_background = COALESCE(x.foreign_background, t.foreign_background),
        personal_data_erased = COALESCE(x.personal_data_erased, t.personal_data_erased)`,
};

/** Of two classifications on the same effective date, the one recorded later stays, whatever order they are applied in. */
const CLASSIFY: UpsertSpec<ClassificationRow> = {
  table: 'rm_customer_classifications',
  columns: { customer_id: 'text', effective_from: 'date', target_group: 'text', recorded_commit: 'bigint', recorded_prepare: 'bigint' },
  key: ['customer_id', 'effective_from'],
  update: 'target_group = EXCLUDED.target_group, recorded_commit = EXCLUDED.recorded_commit, recorded_prepare = EXCLUDED.recorded_prepare',
  where: '(t.recorded_commit, t.recorded_prepare) < (EXCLUDED.recorded_commit, EXCLUDED.recorded_prepare)',
};

/** An opened owner answer; an erased one (its key deleted) is unknown, as if never given. */
const ownerAnswer = (value: unknown): OwnerAnswer => {
  if (isErased(value)) return 'unknown';
  if ((OWNER_ANSWERS as readonly unknown[]).includes(value)) return value as OwnerAnswer;
  // Writing 'unknown' here would silently hide owners' answers; failing the batch shows the misconfiguration.
  throw new Error(
    isSealed(value)
      ? 'OwnerProfileRecorded holds a sealed owner answer: the projection codec lacks the customers personal-data rules'
      : `OwnerProfileRecorded holds an owner answer that is not yes/no/unknown: ${JSON.stringify(value)}`,
  );
};

/**
 * rm_customers (latest profile and owner answers, never the owner's name) and
 * rm_customer_classifications (target-group history). Owner answers are sealed personal data in
 * the stored events: the codec opens them, and once the customer was erased they read as unknown,
 * so a rebuild after an erasure gives the same rows as the live run did.
 */
export function customersProjection(codec: PersonalDataCodec): Projection {
  return {
    name: 'customers',
    tables: ['rm_customers', 'rm_customer_classifications'],
    eventTypes: CUSTOMER_EVENT_TYPES,
    async apply(recorded, tx) {
      const events = await codec.open(eventsOf<CustomerEvent>(recorded, CUSTOMER_EVENT_TYPES));
      const registered: RegisteredRow[] = [];
      const patches = new Map<string, CustomerPatch>();
      const classifications: ClassificationRow[] = [];
      const patch = (customerId: string, changes: Omit<CustomerPatch, 'customer_id'>): void => {
        const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
        patches.set(customerId, { ...(patches.get(customerId) ?? { customer_id: customerId }), ...given });
      };
      for (const event of events) {
        switch (event.type) {
          case 'CustomerRegistered': {
            const { customerId, name, region, municipality, foundedOn, phase, registeredOn } = event.data;
            registered.push({ customer_id: customerId, name, region, municipality, founded_on: foundedOn, phase, registered_on: registeredOn });
            break;
          }
          case 'CustomerProfileUpdated': {
            const { customerId, name, region, municipality, phase } = event.data;
            patch(customerId, { name, region, municipality, phase });
            break;
          }
          case 'CustomerClassified':
            classifications.push({
              customer_id: event.data.customerId,
              effective_from: event.data.effectiveFrom,
              target_group: event.data.group,
              recorded_commit: event.position.commit,
              recorded_prepare: event.position.prepare,
            });
            break;
          case 'OwnerProfileRecorded': {
            const erased = isErased(event.data.womenLed) || isErased(event.data.foreignBackground);
            patch(event.data.customerId, {
              women_led: ownerAnswer(event.data.womenLed),
              foreign_background: ownerAnswer(event.data.foreignBackground),
              personal_data_erased: erased,
            });
            break;
          }
          case 'CustomerPersonalDataErased':
            patch(event.data.customerId, { women_led: 'unknown', foreign_background: 'unknown', personal_data_erased: true });
            break;
          default:
            assertNever(event);
        }
      }
      // A customer's registration precedes its other events, so inserting first keeps their order.
      await upsertRows(tx, REGISTER, registered);
      await updateRows(tx, PATCH, [...patches.values()]);
      await upsertRows(tx, CLASSIFY, classifications);
    },
  };
}
