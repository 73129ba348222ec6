import { fold, type Actor, type BusinessDate, type BusinessDateWindow } from '#libs/decider';
import { dateWindowOf, type CommandContext, type CommandHandlingDeps } from '#libs/platform';
import type { EventStore } from '#libs/event-store';
import { certificationStream, creditCertificationDecider, isCertifiedOn, type CertificationEvent } from '#libs/staff';

/**
 * The fact every loan command carries: did the actor hold a credit certification on the command's
 * business date. Certification events hold no personal data, so they are read without the codec.
 */
export async function actorCertifiedOn(store: EventStore, actor: Actor, date: BusinessDate): Promise<boolean> {
  return (await actorCertification(store, actor, date, date)).actorCertified;
}

/**
 * The facts every loan command carries: certified on the business date, certified today (the day the
 * command is recorded), and the window of business dates allowed.
 */
export async function creditProcessFacts(
  deps: CommandHandlingDeps,
  context: CommandContext,
  businessDate: BusinessDate,
): Promise<{ actorCertified: boolean; actorCertifiedToday: boolean; window: BusinessDateWindow }> {
  const window = dateWindowOf(deps, context);
  return { ...(await actorCertification(deps.store, context.actor, businessDate, window.today)), window };
}

async function actorCertification(store: EventStore, actor: Actor, date: BusinessDate, today: BusinessDate): Promise<{ actorCertified: boolean; actorCertifiedToday: boolean }> {
  const recorded = await store.readStream(certificationStream(actor.userId));
  const state = fold(
    creditCertificationDecider,
    recorded.map((e) => ({ type: e.type, data: e.data }) as CertificationEvent),
  );
  return { actorCertified: isCertifiedOn(state, date), actorCertifiedToday: isCertifiedOn(state, today) };
}
