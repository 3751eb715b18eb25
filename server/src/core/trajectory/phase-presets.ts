/**
 * The two method handbooks as phase-model presets. A tenant starts from one and may rename,
 * reorder and set durations; from then on the tenant's phases are data, not this file.
 */
export interface PhasePreset {
  key: string;
  name: string;
  /** Planned duration in weeks; null where the handbook sets none. */
  plannedWeeks: number | null;
  subSteps: string[];
}

export type Method = 'ipta' | 'ija';

export const PHASE_PRESETS: Record<Method, PhasePreset[]> = {
  // IPTA handbook ch. 2: scout → quick scan → match & wrap around → coach, then uitstroom and nazorg (ch. 6).
  ipta: [
    { key: 'scout', name: 'Scout', plannedWeeks: null, subSteps: ['Vinden', 'Contact leggen', 'Keukentafelgesprek', 'Motiveren'] },
    { key: 'quick_scan', name: 'Quick scan', plannedWeeks: null, subSteps: ['Mijn plan', 'Zeven punten van de quick scan', 'Zelfbeeld en strategie'] },
    { key: 'match_wrap_around', name: 'Match & wrap around', plannedWeeks: null, subSteps: ['Veranderplan', 'Wrap-around overleg', 'Matchen met werkgever'] },
    { key: 'coach', name: 'Coach', plannedWeeks: null, subSteps: ['Begeleiden op de werkplek', 'Voortgang bespreken'] },
    { key: 'uitstroom', name: 'Uitstroom', plannedWeeks: null, subSteps: ['Afrondend gesprek', 'Warme overdracht'] },
    { key: 'nazorg', name: 'Nazorg', plannedWeeks: null, subSteps: ['Monitoren', 'Bereikbaar blijven'] },
  ],
  // Rotterdam IJA: four timed phases with their sub-steps (4/8/16/3 weeks).
  ija: [
    { key: 'vertrouwen', name: 'Fase 1 Vertrouwen', plannedWeeks: 4, subSteps: ['Aanmelden', 'Contact leggen', 'Kennismaken', 'Verwachtingen uitspreken'] },
    { key: 'verdieping', name: 'Fase 2 Verdieping', plannedWeeks: 8, subSteps: ['Vraagverheldering', 'Opstellen ondersteuningsplan'] },
    { key: 'uitvoering', name: 'Fase 3 Uitvoering en zelfstandigheid', plannedWeeks: 16, subSteps: ['Onderzoeken en uitproberen', 'Afstand nemen', 'Evalueren'] },
    { key: 'afronding', name: 'Fase 4 Afronding', plannedWeeks: 3, subSteps: ['Doorverwijzen / toeleiden naar', 'Monitoren / nazorg'] },
  ],
};

/** Age window of the target group per method (IPTA 16–27, IJA 12–27). */
export const AGE_WINDOW: Record<Method, { min: number; max: number }> = {
  ipta: { min: 16, max: 27 },
  ija: { min: 12, max: 27 },
};
