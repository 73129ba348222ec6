import { assertNever } from '#libs/decider';
import { eventsOf, upsertRows, type Projection, type UpsertSpec } from '#libs/projections';
import type { CertificationEvent } from '#libs/staff';

const CERTIFICATION_EVENT_TYPES = ['CreditCertificationGranted', 'CreditCertificationRevoked'] as const satisfies readonly CertificationEvent['type'][];

interface GrantRow {
  grant_id: string;
  user_id: string;
  commit: number;
  prepare: number;
  valid_from: string;
  valid_to?: string;
  granted_by: string;
  granted_at: string;
}

interface RevocationRow {
  event_id: string;
  user_id: string;
  commit: number;
  prepare: number;
  effective_from: string;
}

const GRANT: UpsertSpec<GrantRow> = {
  table: 'rm_credit_certifications',
  columns: { grant_id: 'uuid', user_id: 'text', commit: 'bigint', prepare: 'bigint', valid_from: 'date', valid_to: 'date', granted_by: 'text', granted_at: 'timestamptz' },
  key: ['grant_id'],
};

const REVOKE: UpsertSpec<RevocationRow> = {
  table: 'rm_credit_certification_revocations',
  columns: { event_id: 'uuid', user_id: 'text', commit: 'bigint', prepare: 'bigint', effective_from: 'date' },
  key: ['event_id'],
};

/**
 * rm_credit_certifications (one row per grant) and rm_credit_certification_revocations. A grant's
 * revoked_from is the earliest effective date among the revocations recorded after it, derived
 * again for the touched employees, so the order of application and repeats change nothing.
 */
export function creditCertificationsProjection(): Projection {
  return {
    name: 'credit-certifications',
    tables: ['rm_credit_certifications', 'rm_credit_certification_revocations'],
    eventTypes: CERTIFICATION_EVENT_TYPES,
    async apply(recorded, tx) {
      const grants: GrantRow[] = [];
      const revocations: RevocationRow[] = [];
      for (const event of eventsOf<CertificationEvent>(recorded, CERTIFICATION_EVENT_TYPES)) {
        const at = { commit: event.position.commit, prepare: event.position.prepare };
        switch (event.type) {
          case 'CreditCertificationGranted':
            grants.push({
              grant_id: event.id,
              user_id: event.data.userId,
              ...at,
              valid_from: event.data.validFrom,
              valid_to: event.data.validTo,
              granted_by: event.metadata.userId,
              granted_at: event.recordedAt.toISOString(),
            });
            break;
          case 'CreditCertificationRevoked':
            revocations.push({ event_id: event.id, user_id: event.data.userId, ...at, effective_from: event.data.effectiveFrom });
            break;
          default:
            assertNever(event);
        }
      }
      await upsertRows(tx, GRANT, grants);
      await upsertRows(tx, REVOKE, revocations);
      const users = [...new Set([...grants, ...revocations].map((row) => row.user_id))];
      if (users.length === 0) return;
      const certifications = tx.table('rm_credit_certifications');
      await tx.query(
        `UPDATE ${certifications} AS g
            SET revoked_from = (SELECT min(r.effective_from) FROM ${tx.table('rm_credit_certification_revocations')} r
                                 WHERE r.user_id = g.user_id AND (r.commit, r.prepare) > (g.commit, g.prepare))
          WHERE g.user_id = ANY($1::text[])`,
        [users],
      );
    },
  };
}
