export const employeeStream = (userId: string): string => `employee-${userId}`;

/** A credit officer's credit certification (kreditbehörighet), one stream per person. */
export const certificationStream = (userId: string): string => `certification-${userId}`;
