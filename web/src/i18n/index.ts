import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './nl.json';

// Larger areas keep their texts in their own files (areas/<area>.<lang>.json, one top-level
// key per file), so the main files stay readable and two areas never edit the same file.
// Only Dutch main texts come with the first screen; the areas and English are fetched when
// needed (a phone downloads one language, and the screens' texts with the screens).
const loaders = import.meta.glob<Record<string, unknown>>(['./en.json', './areas/*.json'], { import: 'default' });

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = typeof LANGUAGES[number];
const STORAGE_KEY = 'spil.language';

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch { /* storage may be blocked */ }
  return 'nl';
}

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl } },
  lng: initialLanguage(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The page's lang attribute follows the chosen language (WCAG 3.1.1). */
function applyLang(lng: string) {
  document.documentElement.lang = lng;
}
applyLang(i18n.language);
i18n.on('languageChanged', (lng) => {
  applyLang(lng);
  try { localStorage.setItem(STORAGE_KEY, lng); } catch { /* ignore */ }
});

const loaded = new Map<string, Promise<void>>();

/** All texts of a language: its main file (English) and every area. Once per language. */
export function loadLanguage(lng: string): Promise<void> {
  if (!loaded.has(lng)) {
    const files = Object.entries(loaders).filter(([file]) => file === `./${lng}.json` || (file.startsWith('./areas/') && file.endsWith(`.${lng}.json`)));
    loaded.set(lng, Promise.all(files.map(([, load]) => load())).then((bundles) => {
      for (const texts of bundles) i18n.addResourceBundle(lng, 'translation', texts, true, true);
    }));
  }
  return loaded.get(lng)!;
}

/** Switch the language once its texts are there, so no screen shows half of each. */
export async function switchLanguage(lng: Language) {
  await loadLanguage(lng);
  await i18n.changeLanguage(lng);
}

export default i18n;
