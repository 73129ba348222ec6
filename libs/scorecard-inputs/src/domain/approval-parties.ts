/** The parties whose approval a special assignment can need: the owners and the board. */
export const APPROVAL_PARTIES = ['almi_foretagspartner', 'region_vastmanland', 'region_orebro', 'board'] as const;
export type ApprovalParty = (typeof APPROVAL_PARTIES)[number];
export const OWNER_PARTIES: readonly ApprovalParty[] = ['almi_foretagspartner', 'region_vastmanland', 'region_orebro'];
