/** A delivery module (leveransmodul). The key is what events store; the name is what people read. */
export interface AdvisoryModule {
  readonly key: string;
  readonly name: string;
}

/**
 * The catalogue is configuration, not code: it is extendable, so the handler passes the current one
 * inside the command and the decider accepts only its keys.
 */
export type AdvisoryModuleCatalogue = readonly AdvisoryModule[];

export const defaultAdvisoryModules = [
  { key: 'behovssamtal', name: 'Behovssamtal' },
  { key: 'affarsutveckling', name: 'Affärsutveckling' },
  { key: 'framtidsdialog', name: 'Framtidsdialog' },
  { key: 'hallbarhetsworkshop', name: 'Hållbarhetsworkshop' },
  { key: 'internationalisering_een', name: 'Internationalisering/EEN' },
  { key: 'mentor_starta_foretag', name: 'Mentor Starta Företag' },
  { key: 'mentor_utveckla_foretag', name: 'Mentor Utveckla Företag' },
] as const satisfies AdvisoryModuleCatalogue;

/** The two mentor programmes a mentor pair belongs to. */
export const MENTOR_PROGRAMMES = ['mentor_starta_foretag', 'mentor_utveckla_foretag'] as const;
export type MentorProgramme = (typeof MENTOR_PROGRAMMES)[number];
