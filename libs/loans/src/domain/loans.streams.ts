export const loanStream = (loanId: string): string => `loan-${loanId}`;
