import type { Actor, BusinessDate, Region, Role } from '#libs/decider';

export interface RegisterEmployee {
  readonly type: 'RegisterEmployee';
  readonly data: {
    readonly userId: string;
    readonly name: string;
    readonly region: Region;
    readonly roles: readonly Role[];
    readonly actor: Actor;
  };
}

export interface ChangeEmployeeRoles {
  readonly type: 'ChangeEmployeeRoles';
  readonly data: {
    readonly userId: string;
    /** The complete new set of roles; empty takes every right away. */
    readonly roles: readonly Role[];
    readonly actor: Actor;
  };
}

/** Erase the employee's name (their personal data) on request: the key that seals it is destroyed. */
export interface EraseEmployeePersonalData {
  readonly type: 'EraseEmployeePersonalData';
  readonly data: {
    readonly userId: string;
    readonly requestedOn: BusinessDate;
    readonly actor: Actor;
  };
}

export type EmployeeCommand = RegisterEmployee | ChangeEmployeeRoles | EraseEmployeePersonalData;

export interface GrantCreditCertification {
  readonly type: 'GrantCreditCertification';
  readonly data: {
    readonly userId: string;
    readonly validFrom: BusinessDate;
    readonly validTo?: BusinessDate;
    readonly actor: Actor;
  };
}

export interface RevokeCreditCertification {
  readonly type: 'RevokeCreditCertification';
  readonly data: {
    readonly userId: string;
    readonly effectiveFrom: BusinessDate;
    readonly actor: Actor;
  };
}

export type CertificationCommand = GrantCreditCertification | RevokeCreditCertification;
