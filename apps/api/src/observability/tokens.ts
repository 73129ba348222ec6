export const SEEDING_STATUS = Symbol.for('almi.seeding-status');
export const READINESS_LIMITS = Symbol.for('almi.readiness-limits');
