import { requireOrganisationNumber } from '#libs/customers';
import { fold, type Actor, type BusinessDateWindow } from '#libs/decider';
import { given } from '../../../decider/src/testing.js';
import { defaultLoanProducts, type LoanProductCatalogue } from './loan-products.js';
import type { ApproveLoan, CloseLoan, DecideLoan, DisburseLoan, LoanCommand, RecordRepayment, RegisterLoanApplication, WriteOffLoan } from './loans.commands.js';
import { loanDecider, outstandingPrincipalOn, outstandingPrincipalOre } from './loans.decider.js';
import type { LoanApproved, LoanEvent, LoanGrantDecided } from './loans.events.js';

const anna: Actor = { userId: 'u-anna', roles: ['credit_officer'] };
const bo: Actor = { userId: 'u-bo', roles: ['credit_officer', 'advisor'] };
const advisor: Actor = { userId: 'u-advisor', roles: ['advisor'] };
const admin: Actor = { userId: 'u-admin', roles: ['admin'] };

const loanId = 'L-2024-001';
const customerId = requireOrganisationNumber('5561234567');
const SEK = 100;

// ---- past events ---------------------------------------------------------------------------------

const applied: LoanEvent = {
  type: 'LoanApplicationRegistered',
  data: { loanId, customerId, product: 'mikrolan', productKind: 'loan', amountOre: 150_000 * SEK, purpose: 'CNC-maskin', appliedOn: '2024-03-01' },
};
const grantDecided: LoanGrantDecided = {
  type: 'LoanGrantDecided',
  data: { loanId, customerId, product: 'mikrolan', amountOre: 120_000 * SEK, interestRateBasisPoints: 650, termMonths: 60, decidedOn: '2024-03-10', decidedBy: 'u-anna' },
};
const rejected: LoanEvent = {
  type: 'LoanRejected',
  data: { loanId, customerId, product: 'mikrolan', reason: 'Otillräcklig återbetalningsförmåga', decidedOn: '2024-03-10', decidedBy: 'u-anna' },
};
const approved: LoanApproved = {
  type: 'LoanApproved',
  data: {
    loanId,
    customerId,
    product: 'mikrolan',
    productKind: 'loan',
    grantedAmountOre: 120_000 * SEK,
    interestRateBasisPoints: 650,
    termMonths: 60,
    approvedOn: '2024-03-12',
    decidedBy: 'u-anna',
    approvedBy: 'u-bo',
  },
};
const disbursed = (disbursementId: string, amountOre: number, disbursedOn: string): LoanEvent => ({
  type: 'LoanDisbursed',
  data: { loanId, customerId, product: 'mikrolan', disbursementId, amountOre, disbursedOn },
});
const repaid = (repaymentId: string, principalOre: number, paidOn: string, interestOre = 0, feesOre = 0): LoanEvent => ({
  type: 'LoanRepaymentRecorded',
  data: { loanId, customerId, product: 'mikrolan', repaymentId, principalOre, interestOre, feesOre, paidOn },
});
const writtenOff = (amountOre: number, writtenOffOn: string): LoanEvent => ({
  type: 'LoanWrittenOff',
  data: { loanId, customerId, product: 'mikrolan', amountOre, writtenOffOn, reason: 'Konkurs' },
});
const closed = (closedOn: string): LoanEvent => ({ type: 'LoanClosed', data: { loanId, customerId, closedOn } });

const approvedLoan: LoanEvent[] = [applied, grantDecided, approved];

// ---- commands --------------------------------------------------------------------------------------

/** Today is well after the 2024 dates below, and the window reaches back to them. */
const WINDOW: BusinessDateWindow = { today: '2025-06-30', backdatingDays: 3650 };
const by = (actor: Actor = anna, actorCertified = true, actorCertifiedToday = actorCertified, window: BusinessDateWindow = WINDOW) => ({
  loanId,
  actor,
  actorCertified,
  actorCertifiedToday,
  window,
});

const registerApplication = (overrides: Partial<RegisterLoanApplication['data']> = {}): RegisterLoanApplication => ({
  type: 'RegisterLoanApplication',
  data: {
    ...by(),
    customerId: '556123-4567',
    product: 'mikrolan',
    amountOre: 150_000 * SEK,
    purpose: 'CNC-maskin',
    appliedOn: '2024-03-01',
    products: defaultLoanProducts,
    ...overrides,
  },
});
const decideGrant = (overrides: Partial<Extract<DecideLoan['data'], { outcome: 'granted' }>> = {}): DecideLoan => ({
  type: 'DecideLoan',
  data: {
    ...by(),
    outcome: 'granted',
    amountOre: 120_000 * SEK,
    interestRateBasisPoints: 650,
    termMonths: 60,
    decidedOn: '2024-03-10',
    products: defaultLoanProducts,
    ...overrides,
  },
});
const decideReject = (overrides: Partial<Extract<DecideLoan['data'], { outcome: 'rejected' }>> = {}): DecideLoan => ({
  type: 'DecideLoan',
  data: { ...by(), outcome: 'rejected', reason: 'Otillräcklig återbetalningsförmåga', decidedOn: '2024-03-10', products: defaultLoanProducts, ...overrides },
});
const approve = (overrides: Partial<ApproveLoan['data']> = {}): ApproveLoan => ({
  type: 'ApproveLoan',
  data: { ...by(bo), approvedOn: '2024-03-12', ...overrides },
});
const disburse = (overrides: Partial<DisburseLoan['data']> = {}): DisburseLoan => ({
  type: 'DisburseLoan',
  data: { ...by(), disbursementId: 'D-1', amountOre: 120_000 * SEK, disbursedOn: '2024-03-15', ...overrides },
});
const repay = (overrides: Partial<RecordRepayment['data']> = {}): RecordRepayment => ({
  type: 'RecordRepayment',
  data: { ...by(), repaymentId: 'R-1', principalOre: 2_000 * SEK, interestOre: 650 * SEK, feesOre: 50 * SEK, paidOn: '2024-04-30', ...overrides },
});
const writeOff = (overrides: Partial<WriteOffLoan['data']> = {}): WriteOffLoan => ({
  type: 'WriteOffLoan',
  data: { ...by(), amountOre: 10_000 * SEK, writtenOffOn: '2024-09-30', reason: 'Konkurs', ...overrides },
});
const close = (overrides: Partial<CloseLoan['data']> = {}): CloseLoan => ({
  type: 'CloseLoan',
  data: { ...by(), closedOn: '2024-12-31', ...overrides },
});

describe('loan decider', () => {
  describe('who may act', () => {
    const everyCommand: [string, LoanEvent[], (actor: Actor, certified: boolean) => LoanCommand][] = [
      ['RegisterLoanApplication', [], (actor, certified) => registerApplication(by(actor, certified))],
      ['DecideLoan', [applied], (actor, certified) => decideGrant(by(actor, certified))],
      ['ApproveLoan', [applied, grantDecided], (actor, certified) => approve(by(actor, certified))],
      ['DisburseLoan', approvedLoan, (actor, certified) => disburse(by(actor, certified))],
      ['RecordRepayment', [...approvedLoan, disbursed('D-1', 120_000 * SEK, '2024-03-15')], (actor, certified) => repay(by(actor, certified))],
      ['WriteOffLoan', [...approvedLoan, disbursed('D-1', 120_000 * SEK, '2024-03-15')], (actor, certified) => writeOff(by(actor, certified))],
      ['CloseLoan', approvedLoan, (actor, certified) => close(by(actor, certified))],
    ];

    it.each(everyCommand)('%s is refused to someone who is not a credit officer, even certified or an admin', (_, past, command) => {
      given(loanDecider, past).when(command(advisor, true)).thenRefuses('forbidden', 'not-a-credit-officer');
      given(loanDecider, past).when(command(admin, true)).thenRefuses('forbidden', 'not-a-credit-officer');
    });

    it.each(everyCommand)('%s is refused to a credit officer without a certification on the date', (_, past, command) => {
      given(loanDecider, past).when(command(bo, false)).thenRefuses('forbidden', 'credit-certification-missing');
    });

    it.each(everyCommand)('%s is accepted from a certified credit officer', (_, past, command) => {
      expect(loanDecider.decide(command(bo, true), fold(loanDecider, past))).toHaveLength(1);
    });

    it.each(everyCommand)('%s is refused to a credit officer certified on the business date but not today', (_, past, command) => {
      given(loanDecider, past)
        .when({ ...command(bo, true), data: { ...command(bo, true).data, actorCertifiedToday: false } } as LoanCommand)
        .thenRefuses('forbidden', 'credit-certification-missing-today');
    });
  });

  describe('business dates: never in the future, at most the back-dating window before today', () => {
    const window60: BusinessDateWindow = { today: '2024-03-20', backdatingDays: 60 };

    it('accepts a date back-dated to the first day of the window, and today', () => {
      given(loanDecider)
        .when(registerApplication({ ...by(anna, true, true, window60), appliedOn: '2024-01-20' }))
        .then([{ ...applied, data: { ...applied.data, appliedOn: '2024-01-20' } } as LoanEvent]);
      given(loanDecider)
        .when(registerApplication({ ...by(anna, true, true, window60), appliedOn: '2024-03-20' }))
        .then([{ ...applied, data: { ...applied.data, appliedOn: '2024-03-20' } } as LoanEvent]);
    });

    it('refuses a date one day beyond the window, saying how far back is allowed', () => {
      let message = '';
      try {
        loanDecider.decide(registerApplication({ ...by(anna, true, true, window60), appliedOn: '2024-01-19' }), fold(loanDecider, []));
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toBe('appliedOn 2024-01-19 is 61 days back: at most 60 days back is allowed, so from 2024-01-20');
      given(loanDecider)
        .when(registerApplication({ ...by(anna, true, true, window60), appliedOn: '2024-01-19' }))
        .thenRefuses('rule', 'business-date-outside-backdating-window', 'appliedOn');
    });

    it('refuses a date after today', () => {
      given(loanDecider)
        .when(registerApplication({ ...by(anna, true, true, window60), appliedOn: '2024-03-21' }))
        .thenRefuses('rule', 'business-date-in-future', 'appliedOn');
    });

    it('refuses the 2020 scenario: an officer certified only in 2020 back-dates an application, a decision and an approval', () => {
      const today: BusinessDateWindow = { today: '2026-12-03', backdatingDays: 60 };
      given(loanDecider)
        .when(registerApplication({ ...by(anna, true, false, today), appliedOn: '2020-06-01' }))
        .thenRefuses('forbidden', 'credit-certification-missing-today');
      given(loanDecider)
        .when(registerApplication({ ...by(anna, true, true, today), appliedOn: '2020-06-01' }))
        .thenRefuses('rule', 'business-date-outside-backdating-window', 'appliedOn');
      const past2020 = [
        { ...applied, data: { ...applied.data, appliedOn: '2020-06-01' } } as LoanEvent,
        { ...grantDecided, data: { ...grantDecided.data, decidedOn: '2020-06-02' } } as LoanEvent,
      ];
      given(loanDecider, past2020)
        .when(approve({ ...by(bo, true, false, { ...today, backdatingDays: 10_000 }), approvedOn: '2020-06-03' }))
        .thenRefuses('forbidden', 'credit-certification-missing-today');
    });

    it('checks the date of every loan command', () => {
      const past = [...approvedLoan, disbursed('D-1', 120_000 * SEK, '2024-03-15')];
      const narrow = by(bo, true, true, { today: '2025-06-30', backdatingDays: 30 });
      for (const command of [disburse({ ...narrow, disbursementId: 'D-2', amountOre: 1 }), repay(narrow), writeOff(narrow), close(narrow)])
        given(loanDecider, past).when(command).thenRefuses('rule', 'business-date-outside-backdating-window');
      given(loanDecider, [applied]).when(decideGrant(narrow)).thenRefuses('rule', 'business-date-outside-backdating-window', 'decidedOn');
      given(loanDecider, [applied, grantDecided]).when(approve(narrow)).thenRefuses('rule', 'business-date-outside-backdating-window', 'approvedOn');
    });
  });

  describe('RegisterLoanApplication', () => {
    it('registers the application under the normalised organisationsnummer', () => {
      given(loanDecider).when(registerApplication()).then([applied]);
    });

    it('records the funding project of a special assignment', () => {
      given(loanDecider)
        .when(registerApplication({ fundingProjectId: 'ERUF-2024' }))
        .then([{ ...applied, data: { ...applied.data, fundingProjectId: 'ERUF-2024' } } as LoanEvent]);
    });

    it('records a guarantee as such', () => {
      given(loanDecider)
        .when(registerApplication({ product: 'garanti', amountOre: 2_000_000 * SEK }))
        .then([{ ...applied, data: { ...applied.data, product: 'garanti', productKind: 'guarantee', amountOre: 2_000_000 * SEK } } as LoanEvent]);
    });

    it('accepts a product added to the catalogue by configuration', () => {
      const products: LoanProductCatalogue = { ...defaultLoanProducts, brygglan: { name: 'Brygglån', kind: 'loan', maxAmountOre: 300_000 * SEK } };
      given(loanDecider)
        .when(registerApplication({ product: 'brygglan', products }))
        .then([{ ...applied, data: { ...applied.data, product: 'brygglan' } } as LoanEvent]);
    });

    it('accepts the amounts on the product limits', () => {
      given(loanDecider)
        .when(registerApplication({ amountOre: 200_000 * SEK }))
        .then([{ ...applied, data: { ...applied.data, amountOre: 200_000 * SEK } } as LoanEvent]);
      given(loanDecider)
        .when(registerApplication({ product: 'innovationslan', amountOre: 50_000 * SEK }))
        .then([{ ...applied, data: { ...applied.data, product: 'innovationslan', amountOre: 50_000 * SEK } } as LoanEvent]);
    });

    it('refuses an amount above the product maximum', () => {
      given(loanDecider)
        .when(registerApplication({ amountOre: 200_000 * SEK + 1 }))
        .thenRefuses('rule', 'amount-outside-product-limits');
      given(loanDecider)
        .when(registerApplication({ product: 'tillvaxtlan', amountOre: 10_000_001 * SEK }))
        .thenRefuses('rule', 'amount-outside-product-limits');
    });

    it('refuses an amount below the product minimum', () => {
      given(loanDecider)
        .when(registerApplication({ product: 'innovationslan', amountOre: 49_999 * SEK }))
        .thenRefuses('rule', 'amount-outside-product-limits');
    });

    it('refuses a loan id already registered', () => {
      given(loanDecider, [applied]).when(registerApplication()).thenRefuses('conflict', 'loan-already-registered');
    });

    it.each(['bolan', 'toString', ''])('refuses the unknown product %p as invalid input on the product', (product) => {
      given(loanDecider).when(registerApplication({ product })).thenRefuses('invalid', 'unknown-product', 'product');
    });

    it.each([0, -100, 1.5, Number.NaN, 2 ** 53])('refuses the amount %p', (amountOre) => {
      given(loanDecider).when(registerApplication({ amountOre })).thenRefuses('invalid', 'invalid-amount', 'amountOre');
    });

    it.each([
      ['customerId', { customerId: '5561234568' }, 'invalid-organisation-number'],
      ['purpose', { purpose: '  ' }, 'required'],
      ['appliedOn', { appliedOn: '2024-02-30' }, 'invalid-date'],
      ['fundingProjectId', { fundingProjectId: '' }, 'required'],
      ['loanId', { loanId: '' }, 'required'],
    ] as const)('refuses an invalid %s', (field, overrides, code) => {
      given(loanDecider).when(registerApplication(overrides)).thenRefuses('invalid', code, field);
    });
  });

  describe('DecideLoan', () => {
    it('records a decision to grant, with the decision maker', () => {
      given(loanDecider, [applied]).when(decideGrant()).then([grantDecided]);
    });

    it('may grant another amount than applied for, within the product limits', () => {
      given(loanDecider, [applied])
        .when(decideGrant({ amountOre: 200_000 * SEK, interestRateBasisPoints: 0 }))
        .then([{ ...grantDecided, data: { ...grantDecided.data, amountOre: 200_000 * SEK, interestRateBasisPoints: 0 } }]);
    });

    it('records a rejection, with its reason', () => {
      given(loanDecider, [applied]).when(decideReject()).then([rejected]);
    });

    it('decides on the application date', () => {
      given(loanDecider, [applied])
        .when(decideGrant({ decidedOn: '2024-03-01' }))
        .then([{ ...grantDecided, data: { ...grantDecided.data, decidedOn: '2024-03-01' } }]);
    });

    it('refuses an unknown loan', () => {
      given(loanDecider).when(decideGrant()).thenRefuses('not_found', 'loan-not-found');
    });

    it.each([
      ['a grant', [applied, grantDecided]],
      ['a rejection', [applied, rejected]],
      ['an approval', approvedLoan],
    ])('decides only once (after %s)', (_, past) => {
      given(loanDecider, past).when(decideReject()).thenRefuses('conflict', 'loan-already-decided');
      given(loanDecider, past).when(decideGrant()).thenRefuses('conflict', 'loan-already-decided');
    });

    it('refuses a closed loan', () => {
      given(loanDecider, [applied, closed('2024-03-05')])
        .when(decideGrant())
        .thenRefuses('rule', 'loan-closed');
    });

    it('refuses a decision dated before the application', () => {
      given(loanDecider, [applied])
        .when(decideGrant({ decidedOn: '2024-02-29' }))
        .thenRefuses('rule', 'decided-before-application');
      given(loanDecider, [applied])
        .when(decideReject({ decidedOn: '2024-02-29' }))
        .thenRefuses('rule', 'decided-before-application');
    });

    it('refuses to grant more than the product allows', () => {
      given(loanDecider, [applied])
        .when(decideGrant({ amountOre: 200_000 * SEK + 1 }))
        .thenRefuses('rule', 'amount-outside-product-limits');
    });

    it('refuses to grant a product no longer in the catalogue', () => {
      const { mikrolan: _withdrawn, ...products } = defaultLoanProducts;
      given(loanDecider, [applied]).when(decideGrant({ products })).thenRefuses('rule', 'product-not-offered');
    });

    it('rejects a product no longer in the catalogue', () => {
      const { mikrolan: _withdrawn, ...products } = defaultLoanProducts;
      given(loanDecider, [applied]).when(decideReject({ products })).then([rejected]);
    });

    it.each([
      ['amountOre', decideGrant({ amountOre: 0 }), 'invalid-amount'],
      ['interestRateBasisPoints', decideGrant({ interestRateBasisPoints: -1 }), 'invalid-interest-rate'],
      ['interestRateBasisPoints', decideGrant({ interestRateBasisPoints: 6.5 }), 'invalid-interest-rate'],
      ['termMonths', decideGrant({ termMonths: 0 }), 'invalid-term'],
      ['termMonths', decideGrant({ termMonths: 12.5 }), 'invalid-term'],
      ['decidedOn', decideGrant({ decidedOn: '10/3/2024' }), 'invalid-date'],
      ['reason', decideReject({ reason: '' }), 'required'],
      ['outcome', { type: 'DecideLoan', data: { ...decideReject().data, outcome: 'postponed' as never } } as DecideLoan, 'invalid-outcome'],
    ] as const)('refuses an invalid %s', (field, command, code) => {
      given(loanDecider, [applied]).when(command).thenRefuses('invalid', code, field);
    });
  });

  describe('ApproveLoan', () => {
    it('approves a grant by another certified officer: the loan now counts as granted', () => {
      given(loanDecider, [applied, grantDecided]).when(approve()).then([approved]);
    });

    it('carries the funding project to the approval', () => {
      const funded: LoanEvent = { ...applied, data: { ...applied.data, fundingProjectId: 'ERUF-2024' } } as LoanEvent;
      given(loanDecider, [funded, grantDecided])
        .when(approve())
        .then([{ ...approved, data: { ...approved.data, fundingProjectId: 'ERUF-2024' } }]);
    });

    it('approves on the decision date', () => {
      given(loanDecider, [applied, grantDecided])
        .when(approve({ approvedOn: '2024-03-10' }))
        .then([{ ...approved, data: { ...approved.data, approvedOn: '2024-03-10' } }]);
    });

    it('refuses the decision maker (four eyes)', () => {
      given(loanDecider, [applied, grantDecided])
        .when(approve(by(anna)))
        .thenRefuses('rule', 'approver-is-decision-maker');
    });

    it('refuses an unknown loan', () => {
      given(loanDecider).when(approve()).thenRefuses('not_found', 'loan-not-found');
    });

    it('refuses an undecided loan', () => {
      given(loanDecider, [applied]).when(approve()).thenRefuses('rule', 'loan-not-decided');
    });

    it('refuses a rejected loan: only a grant can be approved', () => {
      given(loanDecider, [applied, rejected]).when(approve()).thenRefuses('rule', 'loan-not-granted');
    });

    it('approves only once', () => {
      given(loanDecider, approvedLoan).when(approve()).thenRefuses('conflict', 'loan-already-approved');
    });

    it('refuses a closed loan', () => {
      given(loanDecider, [applied, grantDecided, closed('2024-03-11')])
        .when(approve())
        .thenRefuses('rule', 'loan-closed');
    });

    it('refuses an approval dated before the decision', () => {
      given(loanDecider, [applied, grantDecided])
        .when(approve({ approvedOn: '2024-03-09' }))
        .thenRefuses('rule', 'approved-before-decision');
    });

    it('refuses an invalid date', () => {
      given(loanDecider, [applied, grantDecided])
        .when(approve({ approvedOn: '2024-3-12' }))
        .thenRefuses('invalid', 'invalid-date');
    });
  });

  describe('DisburseLoan', () => {
    it('disburses the granted amount', () => {
      given(loanDecider, approvedLoan)
        .when(disburse())
        .then([disbursed('D-1', 120_000 * SEK, '2024-03-15')]);
    });

    it('disburses in parts up to exactly the granted amount', () => {
      given(loanDecider, [...approvedLoan, disbursed('D-1', 70_000 * SEK, '2024-03-15')])
        .when(disburse({ disbursementId: 'D-2', amountOre: 50_000 * SEK, disbursedOn: '2024-04-15' }))
        .then([disbursed('D-2', 50_000 * SEK, '2024-04-15')]);
    });

    it('carries the funding project', () => {
      const funded = { ...applied, data: { ...applied.data, fundingProjectId: 'ERUF-2024' } } as LoanEvent;
      given(loanDecider, [funded, grantDecided, approved])
        .when(disburse())
        .then([
          {
            type: 'LoanDisbursed',
            data: { loanId, customerId, product: 'mikrolan', disbursementId: 'D-1', amountOre: 120_000 * SEK, disbursedOn: '2024-03-15', fundingProjectId: 'ERUF-2024' },
          },
        ]);
    });

    it('refuses more than the granted amount at once', () => {
      given(loanDecider, approvedLoan)
        .when(disburse({ amountOre: 120_000 * SEK + 1 }))
        .thenRefuses('rule', 'disbursement-exceeds-granted-amount');
    });

    it('refuses more than the granted amount in total', () => {
      given(loanDecider, [...approvedLoan, disbursed('D-1', 70_000 * SEK, '2024-03-15')])
        .when(disburse({ disbursementId: 'D-2', amountOre: 50_000 * SEK + 1 }))
        .thenRefuses('rule', 'disbursement-exceeds-granted-amount');
    });

    it('counts repaid principal as disbursed: repayments do not make room for more', () => {
      given(loanDecider, [...approvedLoan, disbursed('D-1', 120_000 * SEK, '2024-03-15'), repaid('R-1', 20_000 * SEK, '2024-04-30')])
        .when(disburse({ disbursementId: 'D-2', amountOre: 1 }))
        .thenRefuses('rule', 'disbursement-exceeds-granted-amount');
    });

    it('ignores a repeated disbursement with the same id and content', () => {
      given(loanDecider, [...approvedLoan, disbursed('D-1', 120_000 * SEK, '2024-03-15')])
        .when(disburse())
        .then([]);
    });

    it('refuses a disbursement id reused with other content', () => {
      given(loanDecider, [...approvedLoan, disbursed('D-1', 60_000 * SEK, '2024-03-15')])
        .when(disburse({ amountOre: 50_000 * SEK }))
        .thenRefuses('conflict', 'disbursement-id-reused');
    });

    it.each([
      ['registered', [applied]],
      ['decided, not approved', [applied, grantDecided]],
      ['rejected', [applied, rejected]],
    ])('refuses a loan that is %s', (_, past) => {
      given(loanDecider, past).when(disburse()).thenRefuses('rule', 'loan-not-approved');
    });

    it('refuses to pay out a guarantee', () => {
      const guarantee: LoanEvent[] = [
        { ...applied, data: { ...applied.data, product: 'garanti', productKind: 'guarantee' } } as LoanEvent,
        { ...grantDecided, data: { ...grantDecided.data, product: 'garanti' } },
        { ...approved, data: { ...approved.data, product: 'garanti', productKind: 'guarantee' } },
      ];
      given(loanDecider, guarantee).when(disburse()).thenRefuses('rule', 'guarantee-not-disbursable');
    });

    it('refuses a disbursement dated before the approval', () => {
      given(loanDecider, approvedLoan)
        .when(disburse({ disbursedOn: '2024-03-11' }))
        .thenRefuses('rule', 'dated-before-approval');
    });

    it('refuses an unknown loan', () => {
      given(loanDecider).when(disburse()).thenRefuses('not_found', 'loan-not-found');
    });

    it('refuses a closed loan', () => {
      given(loanDecider, [...approvedLoan, closed('2024-03-20')])
        .when(disburse())
        .thenRefuses('rule', 'loan-closed');
    });

    it.each([
      ['amountOre', { amountOre: -1 }, 'invalid-amount'],
      ['amountOre', { amountOre: 0 }, 'invalid-amount'],
      ['disbursementId', { disbursementId: '' }, 'required'],
      ['disbursedOn', { disbursedOn: 'igår' }, 'invalid-date'],
    ] as const)('refuses an invalid %s', (field, overrides, code) => {
      given(loanDecider, approvedLoan).when(disburse(overrides)).thenRefuses('invalid', code, field);
    });
  });

  describe('RecordRepayment', () => {
    const paidOut = [...approvedLoan, disbursed('D-1', 100_000 * SEK, '2024-04-01')];

    it('books principal, interest and fees', () => {
      given(loanDecider, paidOut)
        .when(repay())
        .then([repaid('R-1', 2_000 * SEK, '2024-04-30', 650 * SEK, 50 * SEK)]);
    });

    it('books a payment of interest only', () => {
      given(loanDecider, paidOut)
        .when(repay({ principalOre: 0, feesOre: 0 }))
        .then([repaid('R-1', 0, '2024-04-30', 650 * SEK, 0)]);
    });

    it('books the whole outstanding principal', () => {
      given(loanDecider, [...paidOut, repaid('R-1', 30_000 * SEK, '2024-05-31'), writtenOff(10_000 * SEK, '2024-06-15')])
        .when(repay({ repaymentId: 'R-2', principalOre: 60_000 * SEK, paidOn: '2024-06-30' }))
        .then([repaid('R-2', 60_000 * SEK, '2024-06-30', 650 * SEK, 50 * SEK)]);
    });

    it('refuses principal above the outstanding principal (disbursed − repaid − written off)', () => {
      given(loanDecider, [...paidOut, repaid('R-1', 30_000 * SEK, '2024-05-31'), writtenOff(10_000 * SEK, '2024-06-15')])
        .when(repay({ repaymentId: 'R-2', principalOre: 60_000 * SEK + 1, paidOn: '2024-06-30' }))
        .thenRefuses('rule', 'repayment-exceeds-outstanding');
    });

    it('measures the outstanding principal on the payment date, not the undisbursed granted amount', () => {
      given(loanDecider, paidOut)
        .when(repay({ principalOre: 100_000 * SEK + 1 }))
        .thenRefuses('rule', 'repayment-exceeds-outstanding');
    });

    it('refuses principal before anything is disbursed', () => {
      given(loanDecider, approvedLoan).when(repay()).thenRefuses('rule', 'repayment-exceeds-outstanding');
    });

    it('refuses a back-dated repayment of more than was outstanding on its date', () => {
      const later = [...paidOut, disbursed('D-2', 20_000 * SEK, '2024-06-01')];
      given(loanDecider, later)
        .when(repay({ principalOre: 100_000 * SEK + 1, paidOn: '2024-05-15' }))
        .thenRefuses('rule', 'repayment-exceeds-outstanding');
      given(loanDecider, later)
        .when(repay({ principalOre: 100_000 * SEK, paidOn: '2024-05-15', interestOre: 0, feesOre: 0 }))
        .then([repaid('R-1', 100_000 * SEK, '2024-05-15')]);
    });

    it('refuses a back-dated repayment that would leave a later date with negative principal', () => {
      given(loanDecider, [...paidOut, repaid('R-1', 100_000 * SEK, '2024-06-01')])
        .when(repay({ repaymentId: 'R-2', principalOre: 1, paidOn: '2024-05-01' }))
        .thenRefuses('rule', 'repayment-exceeds-outstanding');
    });

    it('ignores a repeated repayment with the same id and content', () => {
      given(loanDecider, [...paidOut, repaid('R-1', 2_000 * SEK, '2024-04-30', 650 * SEK, 50 * SEK)])
        .when(repay())
        .then([]);
    });

    it('refuses a repayment id reused with other content', () => {
      given(loanDecider, [...paidOut, repaid('R-1', 2_000 * SEK, '2024-04-30', 650 * SEK, 50 * SEK)])
        .when(repay({ feesOre: 0 }))
        .thenRefuses('conflict', 'repayment-id-reused');
    });

    it.each([
      ['registered', [applied]],
      ['rejected', [applied, rejected]],
    ])('refuses a loan that is %s', (_, past) => {
      given(loanDecider, past).when(repay()).thenRefuses('rule', 'loan-not-approved');
    });

    it('refuses a repayment dated before the approval', () => {
      given(loanDecider, paidOut)
        .when(repay({ principalOre: 0, paidOn: '2024-03-11' }))
        .thenRefuses('rule', 'dated-before-approval');
    });

    it('refuses an unknown loan', () => {
      given(loanDecider).when(repay()).thenRefuses('not_found', 'loan-not-found');
    });

    it('refuses a closed loan', () => {
      given(loanDecider, [...paidOut, repaid('R-1', 100_000 * SEK, '2024-06-01'), closed('2024-06-01')])
        .when(repay({ repaymentId: 'R-2', principalOre: 0 }))
        .thenRefuses('rule', 'loan-closed');
    });

    it.each([
      ['principalOre', { principalOre: -1 }, 'invalid-amount'],
      ['interestOre', { interestOre: 0.5 }, 'invalid-amount'],
      ['feesOre', { feesOre: -100 }, 'invalid-amount'],
      ['principalOre', { principalOre: 0, interestOre: 0, feesOre: 0 }, 'invalid-amount'],
      ['repaymentId', { repaymentId: ' ' }, 'required'],
      ['paidOn', { paidOn: '2024-04-31' }, 'invalid-date'],
    ] as const)('refuses an invalid %s', (field, overrides, code) => {
      given(loanDecider, paidOut).when(repay(overrides)).thenRefuses('invalid', code, field);
    });
  });

  describe('WriteOffLoan', () => {
    const paidOut = [...approvedLoan, disbursed('D-1', 100_000 * SEK, '2024-04-01'), repaid('R-1', 40_000 * SEK, '2024-06-30')];

    it('writes off part of the outstanding principal', () => {
      given(loanDecider, paidOut)
        .when(writeOff())
        .then([writtenOff(10_000 * SEK, '2024-09-30')]);
    });

    it('writes off all of it', () => {
      given(loanDecider, paidOut)
        .when(writeOff({ amountOre: 60_000 * SEK }))
        .then([writtenOff(60_000 * SEK, '2024-09-30')]);
    });

    it('refuses more than is outstanding', () => {
      given(loanDecider, paidOut)
        .when(writeOff({ amountOre: 60_000 * SEK + 1 }))
        .thenRefuses('rule', 'write-off-exceeds-outstanding');
    });

    it('counts earlier write-offs', () => {
      given(loanDecider, [...paidOut, writtenOff(50_000 * SEK, '2024-08-31')])
        .when(writeOff({ amountOre: 10_000 * SEK + 1 }))
        .thenRefuses('rule', 'write-off-exceeds-outstanding');
    });

    it('measures a back-dated write-off on its date and every later date', () => {
      given(loanDecider, paidOut)
        .when(writeOff({ amountOre: 60_000 * SEK + 1, writtenOffOn: '2024-05-31' }))
        .thenRefuses('rule', 'write-off-exceeds-outstanding');
      given(loanDecider, paidOut)
        .when(writeOff({ amountOre: 60_000 * SEK, writtenOffOn: '2024-05-31' }))
        .then([writtenOff(60_000 * SEK, '2024-05-31')]);
    });

    it('refuses a loan not approved', () => {
      given(loanDecider, [applied, grantDecided]).when(writeOff()).thenRefuses('rule', 'loan-not-approved');
    });

    it('refuses a write-off dated before the approval', () => {
      given(loanDecider, paidOut)
        .when(writeOff({ writtenOffOn: '2024-03-01' }))
        .thenRefuses('rule', 'dated-before-approval');
    });

    it('refuses an unknown loan', () => {
      given(loanDecider).when(writeOff()).thenRefuses('not_found', 'loan-not-found');
    });

    it('refuses a closed loan', () => {
      given(loanDecider, [...approvedLoan, closed('2024-04-01')])
        .when(writeOff())
        .thenRefuses('rule', 'loan-closed');
    });

    it.each([
      ['amountOre', { amountOre: 0 }, 'invalid-amount'],
      ['writtenOffOn', { writtenOffOn: '' }, 'invalid-date'],
      ['reason', { reason: '' }, 'required'],
    ] as const)('refuses an invalid %s', (field, overrides, code) => {
      given(loanDecider, paidOut).when(writeOff(overrides)).thenRefuses('invalid', code, field);
    });
  });

  describe('CloseLoan', () => {
    const settled = [...approvedLoan, disbursed('D-1', 100_000 * SEK, '2024-04-01'), repaid('R-1', 90_000 * SEK, '2024-10-31'), writtenOff(10_000 * SEK, '2024-11-30')];

    it('closes a loan with nothing outstanding', () => {
      given(loanDecider, settled)
        .when(close())
        .then([closed('2024-12-31')]);
    });

    it('closes an approved loan never disbursed', () => {
      given(loanDecider, approvedLoan)
        .when(close())
        .then([closed('2024-12-31')]);
    });

    it('closes an application withdrawn before or after the decision', () => {
      given(loanDecider, [applied])
        .when(close())
        .then([closed('2024-12-31')]);
      given(loanDecider, [applied, grantDecided])
        .when(close())
        .then([closed('2024-12-31')]);
    });

    it('refuses while principal is outstanding', () => {
      given(loanDecider, [...approvedLoan, disbursed('D-1', 100_000 * SEK, '2024-04-01'), repaid('R-1', 99_999 * SEK, '2024-10-31')])
        .when(close())
        .thenRefuses('rule', 'loan-has-outstanding-principal');
    });

    it('refuses a rejected application', () => {
      given(loanDecider, [applied, rejected]).when(close()).thenRefuses('rule', 'loan-rejected');
    });

    it('closes only once', () => {
      given(loanDecider, [...settled, closed('2024-12-31')])
        .when(close())
        .thenRefuses('conflict', 'loan-already-closed');
    });

    it('refuses a closing dated before the latest activity', () => {
      given(loanDecider, settled)
        .when(close({ closedOn: '2024-11-29' }))
        .thenRefuses('rule', 'closed-before-last-activity');
      given(loanDecider, settled)
        .when(close({ closedOn: '2024-11-30' }))
        .then([closed('2024-11-30')]);
    });

    it('refuses an unknown loan', () => {
      given(loanDecider).when(close()).thenRefuses('not_found', 'loan-not-found');
    });

    it('refuses an invalid date', () => {
      given(loanDecider, settled)
        .when(close({ closedOn: '2024-12-32' }))
        .thenRefuses('invalid', 'invalid-date');
    });
  });

  describe('outstanding principal', () => {
    const history = fold(loanDecider, [
      ...approvedLoan,
      disbursed('D-1', 70_000 * SEK, '2024-04-01'),
      disbursed('D-2', 50_000 * SEK, '2024-05-01'),
      repaid('R-1', 20_000 * SEK, '2024-06-30', 1_000 * SEK),
      writtenOff(5_000 * SEK, '2024-09-30'),
      repaid('R-2', 10_000 * SEK, '2024-04-15'),
    ]);

    it('is disbursed − repaid principal − written off', () => {
      expect(outstandingPrincipalOre(history)).toBe(85_000 * SEK);
      expect(outstandingPrincipalOre(loanDecider.initialState())).toBe(0);
    });

    it('is known at the end of any business date, back-dated entries included', () => {
      expect(outstandingPrincipalOn(history, '2024-03-31')).toBe(0);
      expect(outstandingPrincipalOn(history, '2024-04-01')).toBe(70_000 * SEK);
      expect(outstandingPrincipalOn(history, '2024-04-15')).toBe(60_000 * SEK);
      expect(outstandingPrincipalOn(history, '2024-05-01')).toBe(110_000 * SEK);
      expect(outstandingPrincipalOn(history, '2024-06-30')).toBe(90_000 * SEK);
      expect(outstandingPrincipalOn(history, '2024-12-31')).toBe(85_000 * SEK);
    });
  });

  describe('rules pinned by the mutation run', () => {
    const paidOutTwice = [...approvedLoan, disbursed('D-1', 50_000 * SEK, '2024-03-15'), disbursed('D-2', 70_000 * SEK, '2024-03-20')];

    it('lets principal be repaid up to what is outstanding on its date, whatever was outstanding before', () => {
      // 120 000 kr outstanding on 1 April; only 50 000 kr were out on 15 March, which does not matter.
      given(loanDecider, paidOutTwice)
        .when(repay({ principalOre: 100_000 * SEK, interestOre: 0, feesOre: 0, paidOn: '2024-04-01' }))
        .then([repaid('R-1', 100_000 * SEK, '2024-04-01')]);
      given(loanDecider, paidOutTwice)
        .when(writeOff({ amountOre: 100_000 * SEK, writtenOffOn: '2024-04-01' }))
        .then([writtenOff(100_000 * SEK, '2024-04-01')]);
    });

    it('refuses a back-dated repayment that a later-dated movement would turn negative', () => {
      // Back-dated to 16 March, when 50 000 kr were out: 60 000 kr would leave -10 000 kr that day.
      given(loanDecider, paidOutTwice)
        .when(repay({ principalOre: 60_000 * SEK, interestOre: 0, feesOre: 0, paidOn: '2024-03-16' }))
        .thenRefuses('rule', 'repayment-exceeds-outstanding');
      // A later repayment already took 100 000 kr on 1 April: on 16 March only 20 000 kr may still go.
      given(loanDecider, [...paidOutTwice, repaid('R-0', 100_000 * SEK, '2024-04-01')])
        .when(repay({ principalOre: 30_000 * SEK, interestOre: 0, feesOre: 0, paidOn: '2024-03-25' }))
        .thenRefuses('rule', 'repayment-exceeds-outstanding');
    });

    it('accepts a payment of interest and fees of the same size, with no principal', () => {
      given(loanDecider, paidOutTwice)
        .when(repay({ principalOre: 0, interestOre: 500 * SEK, feesOre: 500 * SEK }))
        .then([repaid('R-1', 0, '2024-04-30', 500 * SEK, 500 * SEK)]);
    });

    it.each([
      ['the amount', { amountOre: 60_000 * SEK, disbursedOn: '2024-03-15' }],
      ['the date', { amountOre: 50_000 * SEK, disbursedOn: '2024-03-16' }],
    ])('refuses a disbursement id reused with another %s', (_what, changes) => {
      given(loanDecider, paidOutTwice).when(disburse(changes)).thenRefuses('conflict', 'disbursement-id-reused');
    });

    it.each([
      ['principal', { principalOre: 2_001 * SEK }],
      ['interest', { interestOre: 651 * SEK }],
      ['fees', { feesOre: 51 * SEK }],
      ['date', { paidOn: '2024-05-01' }],
    ])('refuses a repayment id reused with other %s', (_what, changes) => {
      given(loanDecider, [...paidOutTwice, repaid('R-1', 2_000 * SEK, '2024-04-30', 650 * SEK, 50 * SEK)])
        .when(repay(changes))
        .thenRefuses('conflict', 'repayment-id-reused');
    });

    it('tells the officer how much of the granted amount remains when a disbursement is too large', () => {
      const run = () =>
        loanDecider.decide(disburse({ disbursementId: 'D-2', amountOre: 80_000 * SEK }), fold(loanDecider, [...approvedLoan, disbursed('D-1', 70_000 * SEK, '2024-03-15')]));
      expect(run).toThrow(`Only ${50_000 * SEK} öre remain to be disbursed`);
    });

    it('keeps a stream that does not begin with the application unregistered: its loan is not found', () => {
      given(loanDecider, [grantDecided, approved]).when(disburse()).thenRefuses('not_found', 'loan-not-found');
      expect(fold(loanDecider, [approved, disbursed('D-1', 1, '2024-03-15')])).toStrictEqual({ status: 'unregistered' });
      expect(outstandingPrincipalOn(fold(loanDecider, [approved]), '2024-12-31')).toBe(0);
    });

    it('refuses money movements on a loan that was granted but not yet approved, and on a rejected one', () => {
      given(loanDecider, [applied, grantDecided]).when(disburse()).thenRefuses('rule', 'loan-not-approved');
      given(loanDecider, [applied, rejected]).when(repay()).thenRefuses('rule', 'loan-not-approved');
    });

    it('takes the latest activity for the closing date even when a movement was recorded back-dated', () => {
      const history = [
        ...approvedLoan,
        disbursed('D-1', 120_000 * SEK, '2024-04-10'),
        repaid('R-1', 120_000 * SEK, '2024-05-20'),
        repaid('R-2', 0, '2024-05-01', 300 * SEK), // recorded after, dated before
      ];
      given(loanDecider, history)
        .when(close({ closedOn: '2024-05-10' }))
        .thenRefuses('rule', 'closed-before-last-activity');
      given(loanDecider, history)
        .when(close({ closedOn: '2024-05-20' }))
        .then([closed('2024-05-20')]);
    });
  });
});
