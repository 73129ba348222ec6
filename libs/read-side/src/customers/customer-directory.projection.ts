import { CUSTOMER_EVENT_TYPES, type CustomerEvent } from '#libs/customers';
import { assertNever } from '#libs/decider';
import { isErased, type PersonalDataCodec } from '#libs/platform';
import { eventsOf, recordset, updateRows, upsertRows, type Projection, type UpdateSpec, type UpsertSpec } from '#libs/projections';
import { fold, searchWords } from './fold.js';

interface RegisteredRow {
  customer_id: string;
  name: string;
  sort_name: string;
  region: string;
  municipality: string;
  municipality_key: string;
  phase: string;
  founded_on: string;
  registered_on: string;
}

interface DirectoryPatch {
  customer_id: string;
  name?: string;
  sort_name?: string;
  region?: string;
  municipality?: string;
  municipality_key?: string;
  phase?: string;
  owner_profile_recorded?: boolean;
  personal_data_erased?: boolean;
}

interface GroupRow {
  customer_id: string;
  target_group: string;
  target_group_from: string;
  target_group_commit: number;
  target_group_prepare: number;
}

const REGISTER: UpsertSpec<RegisteredRow> = {
  table: 'rm_customer_directory',
  columns: {
    customer_id: 'text',
    name: 'text',
    sort_name: 'text',
    region: 'text',
    municipality: 'text',
    municipality_key: 'text',
    phase: 'text',
    founded_on: 'date',
    registered_on: 'date',
  },
  key: ['customer_id'],
};

const PATCH: UpdateSpec<DirectoryPatch> = {
  table: 'rm_customer_directory',
  columns: {
    customer_id: 'text',
    name: 'text',
    sort_name: 'text',
    region: 'text',
    municipality: 'text',
    municipality_key: 'text',
    phase: 'text',
    owner_profile_recorded: 'boolean',
    personal_data_erased: 'boolean',
  },
  key: ['customer_id'],
  set: `name = COALESCE(x.name, t.name), sort_name = COALESCE(x.sort_name, t.sort_name), region = COALESCE(x.region, t.region),
        municipality = COALESCE(x.municipality, t.municipality), municipality_key = COALESCE(x.municipality_key, t.municipality_key),
        phase = COALESCE(x.phase, t.phase), owner_profile_recorded = COALESCE(x.owner_profile_recorded, t.owner_profile_recorded),
        personal_data_erased = COALESCE(x.personal_data_erased, t.personal_data_erased)`,
};

const GROUP_COLUMNS = {
  customer_id: 'text',
  target_group: 'text',
  target_group_from: 'date',
  target_group_commit: 'bigint',
  target_group_prepare: 'bigint',
} as const satisfies Record<keyof GroupRow, string>;

/**
 * rm_customer_directory and rm_customer_search_words: what the working roles search customers by
 * and see first on a customer. Owner answers are never stored here, only whether a profile was
 * recorded and whether it was erased (the codec opens the sealed answers to tell an erased one).
 */
export function customerDirectoryProjection(codec: PersonalDataCodec): Projection {
  return {
    name: 'customer-directory',
    tables: ['rm_customer_directory', 'rm_customer_search_words'],
    eventTypes: CUSTOMER_EVENT_TYPES,
    async apply(recorded, tx) {
      const events = await codec.open(eventsOf<CustomerEvent>(recorded, CUSTOMER_EVENT_TYPES));
      const registered: RegisteredRow[] = [];
      const patches = new Map<string, DirectoryPatch>();
      const groups = new Map<string, GroupRow>();
      const renamed = new Map<string, string>();
      const patch = (customerId: string, changes: Omit<DirectoryPatch, 'customer_id'>): void => {
        const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
        patches.set(customerId, { ...(patches.get(customerId) ?? { customer_id: customerId }), ...given });
      };
      for (const event of events) {
        switch (event.type) {
          case 'CustomerRegistered': {
            const d = event.data;
            registered.push({
              customer_id: d.customerId,
              name: d.name,
              sort_name: fold(d.name),
              region: d.region,
              municipality: d.municipality,
              municipality_key: fold(d.municipality),
              phase: d.phase,
              founded_on: d.foundedOn,
              registered_on: d.registeredOn,
            });
            renamed.set(d.customerId, d.name);
            break;
          }
          case 'CustomerProfileUpdated': {
            const d = event.data;
            patch(d.customerId, {
              name: d.name,
              sort_name: d.name === undefined ? undefined : fold(d.name),
              region: d.region,
              municipality: d.municipality,
              municipality_key: d.municipality === undefined ? undefined : fold(d.municipality),
              phase: d.phase,
            });
            if (d.name !== undefined) renamed.set(d.customerId, d.name);
            break;
          }
          case 'CustomerClassified': {
            const row: GroupRow = {
              customer_id: event.data.customerId,
              target_group: event.data.group,
              target_group_from: event.data.effectiveFrom,
              target_group_commit: event.position.commit,
              target_group_prepare: event.position.prepare,
            };
            const held = groups.get(row.customer_id);
            if (!held || row.target_group_from >= held.target_group_from) groups.set(row.customer_id, row);
            break;
          }
          case 'OwnerProfileRecorded':
            patch(event.data.customerId, {
              owner_profile_recorded: true,
              personal_data_erased: isErased(event.data.womenLed) || isErased(event.data.foreignBackground),
            });
            break;
          case 'CustomerPersonalDataErased':
            patch(event.data.customerId, { personal_data_erased: true });
            break;
          default:
            assertNever(event);
        }
      }
      // A registration precedes the customer's other events, so inserting first keeps their order.
      await upsertRows(tx, REGISTER, registered);
      await updateRows(tx, PATCH, [...patches.values()]);
      if (groups.size > 0) {
        const table = tx.table('rm_customer_directory');
        await tx.query(
          // The current group: the latest effective date, for the same date the one recorded later (in any order of application).
          `UPDATE ${table} AS t SET target_group = x.target_group, target_group_from = x.target_group_from,
                  target_group_commit = x.target_group_commit, target_group_prepare = x.target_group_prepare
             FROM ${recordset(GROUP_COLUMNS)}
            WHERE t.customer_id = x.customer_id
              AND (t.target_group_from IS NULL
                   OR (x.target_group_from, x.target_group_commit, x.target_group_prepare) > (t.target_group_from, t.target_group_commit, t.target_group_prepare))`,
          [JSON.stringify([...groups.values()])],
        );
      }
      if (renamed.size > 0) {
        const words = tx.table('rm_customer_search_words');
        const ids = [...renamed.keys()];
        await tx.query(`DELETE FROM ${words} WHERE customer_id = ANY($1::text[])`, [ids]);
        const rows = [...renamed].flatMap(([customer_id, name]) => searchWords(name).map((word) => ({ word, customer_id })));
        await upsertRows(tx, { table: 'rm_customer_search_words', columns: { word: 'text', customer_id: 'text' }, key: ['word', 'customer_id'] }, rows);
      }
    },
    indexesUsedByApply: ['rm_customer_search_words_customer'],
  };
}
