// One page per diagnosis reason (/reasons/blocklisted), for people who search for the problem rather than the
// number: what it means, hard or soft, who acts, what to do, and real replies that mean it. Localised where the
// diagnosis words are translated (en, vi), English field by field elsewhere.
import { phrasesFor } from '../../../data/i18n/api-phrases.ts'
import { PAGE_LABELS } from '../../../data/i18n/page-labels.ts'
import { HARD_REASONS, REASON_IDS, type ReasonId } from '../../../data/diagnosis/types.ts'
import { diagnosisLabels, reasonInfo } from '../../core/diagnose.ts'
import { localizedPath } from '../../core/locale.ts'
import { ruleSet } from '../../core/rule-set.ts'
import { sendPage, type PageHandler } from '../../http/page-cache.ts'
import { Layout } from '../../views/layout.tsx'
import { notFoundPage } from './error.tsx'

/** Up to this many real replies per reason: the reason's own example, then rule examples in rule order. */
const EXAMPLES = 6

function examplesOf(reason: ReasonId): string[] {
  const own = reasonInfo(reason).example
  return [
    ...new Set([
      own,
      ...ruleSet()
        .rules.filter((r) => r.reason === reason)
        .flatMap((r) => r.examples),
    ]),
  ].slice(0, EXAMPLES)
}

export const reasonPage: PageHandler = (c, ctx) => {
  const id = c.req.param('reason') ?? ''
  if (!(REASON_IDS as readonly string[]).includes(id)) return notFoundPage(c)
  const reason = id as ReasonId
  const r = reasonInfo(reason, ctx.lang)
  const labels = diagnosisLabels(ctx.lang)
  const phrases = phrasesFor(ctx.lang)
  return sendPage(
    c,
    ctx,
    <Layout
      lang={ctx.lang}
      origin={ctx.origin}
      path={`/reasons/${reason}`}
      title={`${r.title} — ${PAGE_LABELS[ctx.lang].siteName}`}
      description={r.summary}
    >
      <article class="diagnosis" data-reason={reason}>
        <h1>{r.title}</h1>
        <p>{r.summary}</p>
        <p>
          <strong class={HARD_REASONS.includes(reason) ? 'bounce-hard' : 'bounce-soft'}>
            {HARD_REASONS.includes(reason) ? labels.hard : labels.soft}
          </strong>
          {' · '}
          {phrases.aspects.actor}: {phrases.actor[r.actor]}
        </p>
        <h2>{labels.steps}</h2>
        <ol>
          {r.steps.map((s) => (
            <li>{s}</li>
          ))}
        </ol>
        <h2 lang="en">Real replies</h2>
        <ul>
          {examplesOf(reason).map((e) => (
            <li>
              <code lang="en">{e}</code>
            </li>
          ))}
        </ul>
        <p>
          <code>reason: "{reason}"</code>
        </p>
      </article>
    </Layout>,
  )
}

export const reasonIndexPage: PageHandler = (c, ctx) => {
  const labels = diagnosisLabels(ctx.lang)
  return sendPage(
    c,
    ctx,
    <Layout
      lang={ctx.lang}
      origin={ctx.origin}
      path="/reasons"
      title={`${labels.heading} — ${PAGE_LABELS[ctx.lang].siteName}`}
      description={labels.heading}
    >
      <h1>{labels.heading}</h1>
      <ul>
        {REASON_IDS.map((id) => {
          const r = reasonInfo(id, ctx.lang)
          return (
            <li>
              <a href={localizedPath(ctx.lang, `/reasons/${id}`)}>{r.title}</a>: {r.summary}
            </li>
          )
        })}
      </ul>
    </Layout>,
  )
}

/** For the sitemap. */
export const REASON_PATHS = ['/reasons', ...REASON_IDS.map((id) => `/reasons/${id}`)]
