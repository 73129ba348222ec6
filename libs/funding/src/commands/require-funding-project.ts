import { refuse } from '#libs/decider';
import type { EventStore } from '#libs/event-store';
import { fundingProjectStream } from '../domain/funding.streams.js';

/**
 * Activity (sessions, deliveries, mentor pairs, time) may name the special assignment that finances
 * it: that project must be registered. Its first event is enough to know.
 */
export async function requireFundingProject(store: EventStore, projectId: string): Promise<void> {
  const [registered] = await store.readStream(fundingProjectStream(projectId), { maxCount: 1 });
  if (!registered) refuse('not_found', 'funding-project-not-found', `No funding project ${projectId} is registered`);
}
