import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './nl.json';
import en from './en.json';

// Larger areas keep their texts in their own files (areas/<area>.<lang>.json, one top-level
// key per file), so the main files stay readable and two areas never edit the same file.
const areaFiles = import.meta.glob<Record<string, unknown>>('./areas/*.json', { eager: true, import: 'default' });
function withAreas(base: Record<string, unknown>, lang: string) {
  const merged = { ...base };
  for (const [file, texts] of Object.entries(areaFiles)) {
    if (file.endsWith(`.${lang}.json`)) Object.assign(merged, texts);
  }
  return merged;
}

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
  resources: { nl: { translation: withAreas(nl, 'nl') }, en: { translation: withAreas(en, 'en') } },
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

export default i18n;
