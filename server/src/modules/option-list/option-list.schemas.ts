import { z } from 'zod';
import { ShortText, Version } from '../../platform/http/schemas.js';

/**
 * What an answer of a list can mean to Spil itself, beside its label: the closing reasons that
 * count as regular work in the dashboard's funnel. Lists not named here carry no meaning.
 */
export const OPTION_MEANINGS: Partial<Record<string, readonly string[]>> = { closing_reason: ['regular_work'] };

const Item = z.object({ key: z.string(), label: z.string(), active: z.boolean(), countsAs: z.string().nullable() });
export const OptionList = z.object({ list: z.string(), version: z.number(), items: z.array(Item), meanings: z.array(z.string()) });
export const OptionLists = z.object({ lists: z.array(OptionList) });

export const ListParams = z.strictObject({ list: z.string().regex(/^[a-z][a-z0-9_]{0,59}$/, 'Deze keuzelijst bestaat niet.') });

/**
 * A list as the administrator leaves it: every item in its new order, with its label and on or
 * off; new keys at will. Items are never deleted (old records keep their key), so each key the
 * list has must be there.
 */
export const OptionListUpdate = z.strictObject({
  version: Version,
  items: z.array(z.strictObject({
    key: ShortText(60).pipe(z.string().min(1, 'Geef de keuze een sleutel.')),
    label: ShortText(120).pipe(z.string().min(1, 'Geef de keuze een naam.')),
    active: z.boolean(),
    /** One of OPTION_MEANINGS of this list, or none; left out keeps what the item had. */
    countsAs: z.string().max(60).nullable().optional(),
  })).min(1, 'Een keuzelijst heeft minstens één keuze.').max(100, 'Een keuzelijst heeft hooguit 100 keuzes.'),
});
