// Pieces every API route declares: the problem responses and the language parameter.
import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../data/i18n/locales.ts'
import { ProblemSchema } from '../api/schemas.ts'

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
})

export const jsonAndText = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: {
    'application/json': { schema },
    'text/plain': { schema: z.string() },
  },
})

export const LangQuery = z
  .enum(LOCALES)
  .optional()
  .openapi({ param: { name: 'lang', in: 'query' }, description: 'Language of the answer; else Accept-Language; else en.' })

export const FormatQuery = z
  .enum(['json', 'text'])
  .optional()
  .openapi({ param: { name: 'format', in: 'query' }, description: 'Force JSON or plain text regardless of Accept.' })

/** ?lang= first, then the first supported language in Accept-Language (by q-value), then English. */
export function apiLocale(c: Context): Locale {
  const q = c.req.query('lang')
  if (isLocale(q)) return q
  const header = c.req.header('Accept-Language')
  if (header) {
    const ranked = header
      .split(',')
      .map((part) => {
        const [tag, ...params] = part.trim().split(';')
        const qp = params.find((p) => p.trim().startsWith('q='))
        return { lang: (tag ?? '').trim().toLowerCase().split('-')[0], q: qp ? Number(qp.trim().slice(2)) || 0 : 1 }
      })
      .filter((x) => x.q > 0)
      .sort((a, b) => b.q - a.q)
    for (const { lang } of ranked) if (isLocale(lang)) return lang
  }
  return DEFAULT_LOCALE
}
