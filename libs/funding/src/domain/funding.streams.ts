export const fundingProjectStream = (projectId: string): string => `funding-project-${projectId}`;
