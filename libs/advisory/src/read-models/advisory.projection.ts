import { assertNever } from '#libs/decider';
import { eventsOf, upsertRows, type Projection, type UpsertSpec } from '#libs/projections';
import { ADVISORY_EVENT_TYPES, type AdvisoryEvent } from '../domain/advisory.events.js';

interface SessionRow {
  session_id: string;
  customer_id: string;
  advisor_id: string;
  held_on: string;
  duration_minutes: number;
  sustainability_discussed: boolean;
  funding_project_id?: string;
}

interface DeliveryRow {
  delivery_id: string;
  customer_id: string;
  module: string;
  advisor_id: string;
  delivered_on: string;
  funding_project_id?: string;
}

interface VoidedDeliveryRow extends DeliveryRow {
  voided: true;
  voided_on: string;
  void_reason: string;
}

interface PairRow {
  pair_id: string;
  programme: string;
  customer_id: string;
  matched_on: string;
  funding_project_id?: string;
}

interface ConcludedPairRow extends PairRow {
  concluded_on: string;
}

const LOG_SESSION: UpsertSpec<SessionRow> = {
  table: 'rm_advisory_sessions',
  columns: {
    session_id: 'text',
    customer_id: 'text',
    advisor_id: 'text',
    held_on: 'date',
    duration_minutes: 'integer',
    sustainability_discussed: 'boolean',
    funding_project_id: 'text',
  },
  key: ['session_id'],
};

const DELIVERY_COLUMNS = { delivery_id: 'text', customer_id: 'text', module: 'text', advisor_id: 'text', delivered_on: 'date', funding_project_id: 'text' } as const;

const DELIVER: UpsertSpec<DeliveryRow> = { table: 'rm_module_deliveries', columns: DELIVERY_COLUMNS, key: ['delivery_id'] };

/** A void carries the delivery's facts, so it lands right even without the delivery's row. */
const VOID: UpsertSpec<VoidedDeliveryRow> = {
  table: 'rm_module_deliveries',
  columns: { ...DELIVERY_COLUMNS, voided: 'boolean', voided_on: 'date', void_reason: 'text' },
  key: ['delivery_id'],
  update: 'voided = true, voided_on = EXCLUDED.voided_on, void_reason = EXCLUDED.void_reason',
};

const PAIR_COLUMNS = { pair_id: 'text', programme: 'text', customer_id: 'text', matched_on: 'date', funding_project_id: 'text' } as const;

const MATCH: UpsertSpec<PairRow> = { table: 'rm_mentor_pairs', columns: PAIR_COLUMNS, key: ['pair_id'] };

const CONCLUDE: UpsertSpec<ConcludedPairRow> = {
  table: 'rm_mentor_pairs',
  columns: { ...PAIR_COLUMNS, concluded_on: 'date' },
  key: ['pair_id'],
  update: 'concluded_on = EXCLUDED.concluded_on',
};

/**
 * rm_advisory_sessions, rm_module_deliveries (a void keeps the row, marked) and rm_mentor_pairs
 * (the mentor's name is personal data and stays out). Each kind of event writes its own columns,
 * so the groups can be written one after the other in any order.
 */
export function advisoryProjection(): Projection {
  return {
    name: 'advisory',
    tables: ['rm_advisory_sessions', 'rm_module_deliveries', 'rm_mentor_pairs'],
    eventTypes: ADVISORY_EVENT_TYPES,
    async apply(recorded, tx) {
      const sessions: SessionRow[] = [];
      const deliveries: DeliveryRow[] = [];
      const voids: VoidedDeliveryRow[] = [];
      const matches: PairRow[] = [];
      const conclusions: ConcludedPairRow[] = [];
      for (const event of eventsOf<AdvisoryEvent>(recorded, ADVISORY_EVENT_TYPES)) {
        switch (event.type) {
          case 'AdvisorySessionLogged': {
            const { sessionId, customerId, advisorId, date, durationMinutes, sustainabilityDiscussed, fundingProjectId } = event.data;
            sessions.push({
              session_id: sessionId,
              customer_id: customerId,
              advisor_id: advisorId,
              held_on: date,
              duration_minutes: durationMinutes,
              sustainability_discussed: sustainabilityDiscussed,
              funding_project_id: fundingProjectId,
            });
            break;
          }
          case 'ModuleDelivered': {
            const { deliveryId, customerId, module, advisorId, deliveredOn, fundingProjectId } = event.data;
            deliveries.push({ delivery_id: deliveryId, customer_id: customerId, module, advisor_id: advisorId, delivered_on: deliveredOn, funding_project_id: fundingProjectId });
            break;
          }
          case 'ModuleDeliveryVoided': {
            const { deliveryId, customerId, module, advisorId, deliveredOn, voidedOn, reason, fundingProjectId } = event.data;
            voids.push({
              delivery_id: deliveryId,
              customer_id: customerId,
              module,
              advisor_id: advisorId,
              delivered_on: deliveredOn,
              funding_project_id: fundingProjectId,
              voided: true,
              voided_on: voidedOn,
              void_reason: reason,
            });
            break;
          }
          case 'MentorPairMatched': {
            const { pairId, programme, customerId, matchedOn, fundingProjectId } = event.data;
            matches.push({ pair_id: pairId, programme, customer_id: customerId, matched_on: matchedOn, funding_project_id: fundingProjectId });
            break;
          }
          case 'MentorPairConcluded': {
            const { pairId, programme, customerId, matchedOn, concludedOn, fundingProjectId } = event.data;
            conclusions.push({ pair_id: pairId, programme, customer_id: customerId, matched_on: matchedOn, funding_project_id: fundingProjectId, concluded_on: concludedOn });
            break;
          }
          case 'MentorNameErased': // the name is not kept here
            break;
          default:
            assertNever(event);
        }
      }
      await upsertRows(tx, LOG_SESSION, sessions);
      await upsertRows(tx, DELIVER, deliveries);
      await upsertRows(tx, VOID, voids);
      await upsertRows(tx, MATCH, matches);
      await upsertRows(tx, CONCLUDE, conclusions);
    },
  };
}
