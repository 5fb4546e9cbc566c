// The languages we serve. UI labels exist for all of them; full catalog content for FULL_CONTENT_LOCALES,
// other languages fall back to English field by field (and the page says so).
export const LOCALES = ['en', 'vi', 'ru', 'fr', 'pt', 'tr', 'es', 'de', 'ja', 'zh', 'ko', 'id'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'
export const FULL_CONTENT_LOCALES: readonly Locale[] = ['en', 'vi']

/** Each language's own name, for language switchers. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  vi: 'Tiếng Việt',
  ru: 'Русский',
  fr: 'Français',
  pt: 'Português',
  tr: 'Türkçe',
  es: 'Español',
  de: 'Deutsch',
  ja: '日本語',
  zh: '中文',
  ko: '한국어',
  id: 'Bahasa Indonesia',
}

export function isLocale(value: string | undefined | null): value is Locale {
  return value != null && (LOCALES as readonly string[]).includes(value)
}
