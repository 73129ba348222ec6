export const customerFinancialsStream = (customerId: string): string => `customer-financials-${customerId}`;
export const financialsImportStream = (importId: string): string => `financials-import-${importId}`;
export const growthIndexStream = (cohortYear: number): string => `growth-index-${cohortYear}`;
export const companyAccountsStream = (year: number): string => `company-accounts-${year}`;
export const hrFiguresStream = (year: number): string => `hr-figures-${year}`;
export const fundingApprovalsStream = (projectId: string): string => `funding-approvals-${projectId}`;
export const significantActionsStream = (year: number): string => `significant-actions-${year}`;
