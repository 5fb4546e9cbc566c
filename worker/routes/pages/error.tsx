// The error pages: 400 and 404 (what was wrong, the nearest codes, and the search box), and the refusals of the
// forms (413, 429), which a script that asked for JSON gets as problem+json instead.
import type { Context } from 'hono'
import { PAGE_LABELS } from '../../../data/i18n/page-labels.ts'
import { EXPLAIN_MAX_BYTES } from '../../api/limits.ts'
import { classesIn, type ParsedCode } from '../../core/codes.ts'
import { localizedPath } from '../../core/locale.ts'
import { nearestCodes } from '../../core/suggestions.ts'
import { prefersProblemJson } from '../../http/negotiate.ts'
import { pageContext, renderedOr, sendPage, type PageContext } from '../../http/page-cache.ts'
import { problem } from '../../http/problem.ts'
import { Layout } from '../../views/layout.tsx'
import { SearchForm, SuggestionList } from '../../views/page-parts.tsx'

/** `near` is what was asked for; the suggestions are the assigned codes closest to it. */
export function errorPage(c: Context, ctx: PageContext, status: 400 | 404, detail: string, near = '') {
  const l = PAGE_LABELS[ctx.lang]
  const title = status === 404 ? l.notFoundTitle : l.badRequestTitle
  return sendPage(
    c,
    ctx,
    <Layout lang={ctx.lang} origin={ctx.origin} title={`${title} — ${l.siteName}`} description={title}>
      <h1>{title}</h1>
      <p lang="en">{detail}</p>
      <p>{l.notFoundHelp}</p>
      <SuggestionList codes={nearestCodes(near)} lang={ctx.lang} />
      <SearchForm lang={ctx.lang} />
    </Layout>,
    status,
  )
}

/**
 * A well-formed code that no RFC or the registry defines (599, 5.9.9): a 404 like the API's answer to /v1/codes/599,
 * with the same detail, then what each first digit means, the nearest defined codes and the list of all codes.
 */
export function unknownCodePage(c: Context, ctx: PageContext, code: ParsedCode, detail: string) {
  const l = PAGE_LABELS[ctx.lang]
  const title = (code.kind === 'basic' ? l.unknownBasicTitle : l.unknownEnhancedTitle).replace('{code}', code.code)
  const digits = (k: number) => (code.kind === 'basic' ? `${k}xx` : `${k}.x.x`)
  return sendPage(
    c,
    ctx,
    <Layout lang={ctx.lang} origin={ctx.origin} title={`${title} — ${l.siteName}`} description={title}>
      <h1>{title}</h1>
      <p lang="en">{detail}</p>
      <h2>{l.nearestCodes}</h2>
      <SuggestionList codes={nearestCodes(code.code)} lang={ctx.lang} />
      <p>
        <a href={`${localizedPath(ctx.lang, '/codes')}#${code.kind}-${code.class}`}>{l.codes}</a>
      </p>
      <h2>{l.firstDigit}</h2>
      <dl class="classes">
        {classesIn(code.kind, ctx.lang).map((k) => (
          <>
            <dt aria-current={k.class === code.class ? 'true' : undefined}>
              <span class={`c${k.class}`}>{digits(k.class)}</span> {k.class === code.class ? <strong>{k.name}</strong> : k.name}
            </dt>
            <dd lang={k.english ? 'en' : undefined}>{k.meaning}</dd>
          </>
        ))}
      </dl>
      <SearchForm lang={ctx.lang} />
    </Layout>,
    404,
  )
}

/** The HTML 404 for any path no route claims (the API answers its own 404s as problem+json). */
export function notFoundPage(c: Context) {
  const ctx = pageContext(c)
  return renderedOr(c, ctx, () => errorPage(c, ctx, 404, 'There is no page at this address.'))
}

/**
 * The 429 of the explain form and the search box: a person sent the form, so they get a page in their language with
 * the form to send again once the wait is over, not the API's problem+json. Never cached: it depends on load.
 */
export async function tooManyRequestsPage(c: Context, headers: Record<string, string>) {
  if (prefersProblemJson(c))
    return problem(
      c,
      'rate-limited',
      429,
      `Too many requests from this address; try again in ${headers['Retry-After'] ?? '60'} seconds.`,
      {},
      headers,
    )
  const ctx = pageContext(c)
  const l = PAGE_LABELS[ctx.lang]
  const res = await sendPage(
    c,
    ctx,
    <Layout lang={ctx.lang} origin={ctx.origin} title={`${l.tooManyTitle} — ${l.siteName}`} description={l.tooManyTitle}>
      <h1>{l.tooManyTitle}</h1>
      <p>{l.tooManyHelp.replace('{seconds}', headers['Retry-After'] ?? '60')}</p>
      <SearchForm lang={ctx.lang} />
    </Layout>,
    429,
    { pasted: true },
  )
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value)
  return res
}

/**
 * The search box's body over 64 KiB (bodyLimit's onError): the text is not read, so nothing of it is shown. A whole
 * bounce or log belongs in the explain form, which takes 256 KiB.
 */
export function searchTooLargePage(c: Context) {
  if (prefersProblemJson(c))
    return problem(
      c,
      'payload-too-large',
      413,
      `The search box may hold at most ${EXPLAIN_MAX_BYTES} bytes (64 KiB); post a whole bounce message or a log to /explain (256 KiB).`,
    )
  const ctx = pageContext(c)
  const l = PAGE_LABELS[ctx.lang]
  return sendPage(
    c,
    ctx,
    <Layout lang={ctx.lang} origin={ctx.origin} title={`${l.pasteTooLarge} — ${l.siteName}`} description={l.pasteTooLarge}>
      <h1>{l.pasteTooLarge}</h1>
      <p>
        {l.searchTooLargeHelp} <a href={localizedPath(ctx.lang, '/explain')}>{l.explain}</a>
      </p>
      <SearchForm lang={ctx.lang} />
    </Layout>,
    413,
    { pasted: true },
  )
}
