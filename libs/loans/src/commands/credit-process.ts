import { fold, type Actor, type BusinessDate } from '#libs/decider';
import type { EventStore } from '#libs/event-store';
import { certificationStream, creditCertificationDecider, isCertifiedOn, type CertificationEvent } from '#libs/staff';

/**
 * The fact every loan command carries: did the actor hold a credit certification on the command's
 * business date. Certification events hold no personal data, so they are read without the codec.
 */
export async function actorCertifiedOn(store: EventStore, actor: Actor, date: BusinessDate): Promise<boolean> {
  const recorded = await store.readStream(certificationStream(actor.userId));
  const state = fold(creditCertificationDecider, recorded.map((e) => ({ type: e.type, data: e.data }) as CertificationEvent));
  return isCertifiedOn(state, date);
}
