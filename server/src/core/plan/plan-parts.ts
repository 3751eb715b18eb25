/**
 * What the veranderplan form (IPTA handbook ch. 4) offers per part: the basic information to
 * gather, the tools, the main strategies and who takes part in the division of tasks. Shown as
 * suggestions; the coach may write something else. Parts a tenant adds have none.
 *
 * The division of tasks (taakverdeling): the form names, per part, the youth, the coach and a
 * professional of an organisation, plus the one who matters most there — the network, the
 * employer (income), the VIPs (social relations). Those come first in the editor; every part
 * can still give a task to any of the six, since life does not keep to the form's columns.
 */
export const TASK_ROLES = ['youth', 'coach', 'network', 'professional', 'employer', 'vip'] as const;
export type TaskRole = typeof TASK_ROLES[number];

export interface PartSuggestions {
  basicInfoHint: string;
  tools: string[];
  strategies: string[];
  roles: TaskRole[];
}

export const PLAN_PART_SUGGESTIONS: Record<string, PartSuggestions> = {
  work: {
    basicInfoHint: 'Zoekprofiel: soort baan en namen van mogelijke bedrijven.',
    tools: ['Verkoopverhaal en gebruiksaanwijzing', 'Loonkostensubsidie', 'Detachering', 'Proefplaatsing'],
    strategies: ['Zelf solliciteren', 'Training', 'Jobhunting', 'Ondernemerschap'],
    // The form has no employer column here, but ch. 4 puts the agreements with the supervisor
    // at the workplace in this part ("begeleidingsafspraken maken met de leidinggevende").
    roles: ['youth', 'coach', 'employer', 'network', 'professional'],
  },
  income: {
    basicInfoHint: 'Inkomen: loon, uitkering, studiefinanciering, klussen en bijverdiensten.',
    tools: ['Uitkering', 'Studiefinanciering', 'Toeslagen', 'Loon'],
    strategies: ['Eigen kracht', 'Leren', 'Overnemen', 'Ondernemen'],
    roles: ['youth', 'coach', 'employer', 'professional'],
  },
  debts: {
    basicInfoHint: 'Overzicht financiën: schulden, schuldeisers, vaste lasten.',
    tools: ['Verkoopverhaal voor schuldeisers', 'Voorstel regeling', 'Schuldenfonds'],
    strategies: ['Budgettraining', 'Schulden afkopen', 'Curatele', 'Extra inkomen'],
    roles: ['youth', 'coach', 'professional'],
  },
  health: {
    basicInfoHint: 'Gezondheidswensen, gediagnosticeerde aandoeningen, verslavingen.',
    tools: ['Huisarts', 'GGZ-behandeling', 'Verslavingszorg'],
    strategies: ['Eigen kracht', 'Training', 'Therapie', 'Medicatie'],
    roles: ['youth', 'coach', 'network', 'professional'],
  },
  social: {
    basicInfoHint: 'VIP’s en VAP’s, lastige situaties, interesses en hobby’s.',
    tools: ['Verhaal en verzoeken aan VAP’s', 'Financiële tegemoetkomingen (sportstimulering)'],
    strategies: ['Zelf doen', 'Leren', 'Overnemen'],
    roles: ['youth', 'coach', 'vip', 'professional'],
  },
  housing: {
    basicInfoHint: 'Huidige woonsituatie; postadres.',
    tools: ['Postadres', 'Inschrijving woningzoekende', 'Urgentieverklaring'],
    strategies: ['Zelf zoeken', 'Begeleid zoeken', 'Regelen'],
    roles: ['youth', 'coach', 'network', 'professional'],
  },
  other: {
    basicInfoHint: '',
    tools: [],
    strategies: ['Eigen kracht', 'Leren', 'Overnemen'],
    roles: ['youth', 'coach', 'network', 'professional'],
  },
};

export const suggestionsFor = (key: string): PartSuggestions =>
  PLAN_PART_SUGGESTIONS[key] ?? { basicInfoHint: '', tools: [], strategies: [], roles: [...TASK_ROLES] };

/** All six roles for a part's task list: the form's roles for the part first, then the others. */
export const rolesInOrder = (key: string): TaskRole[] => {
  const first = suggestionsFor(key).roles;
  return [...first, ...TASK_ROLES.filter((r) => !first.includes(r))];
};
