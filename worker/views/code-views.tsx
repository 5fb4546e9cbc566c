// What a code and a comparison look like on a page. Data comes from core (lookupCode, compareCodes) already
// localized by localizeEntry; these components only arrange it.
import { DEFAULT_LOCALE, type Locale } from '../../data/i18n/locales.ts'
import { PAGE_LABELS } from '../../data/i18n/page-labels.ts'
import type { Comparison, CodeEntry } from '../api/schemas.ts'
import { localizedPath, type LocalizedEntry } from '../core/locale.ts'
import { Prose } from './layout.tsx'
import { embedSnippet } from './embed.ts'

const TIMELINE = ['greeting', 'ehlo', 'starttls', 'auth', 'mail', 'rcpt', 'data', 'end-of-data'] as const
const COMMAND_NAMES: Record<string, string> = { ehlo: 'EHLO', starttls: 'STARTTLS', auth: 'AUTH', mail: 'MAIL FROM', rcpt: 'RCPT TO', data: 'DATA' }

function stageName(stage: string, lang: Locale): string {
  const l = PAGE_LABELS[lang]
  return stage === 'greeting' ? l.greeting : stage === 'end-of-data' ? l.endOfData : (COMMAND_NAMES[stage] ?? stage)
}

export function codePath(lang: Locale, code: string): string {
  return localizedPath(lang, `/codes/${encodeURIComponent(code)}`)
}

export function CodeCard(props: { item: LocalizedEntry; lang: Locale; level: 'h2' | 'h3' }) {
  const { entry, fallback } = props.item
  const l = PAGE_LABELS[props.lang]
  const H = props.level
  const Sub = props.level === 'h2' ? 'h3' : 'h4'
  return (
    <article class="code" id={`code-${entry.code}`}>
      <H>
        <span class={`c${entry.class}`}>{entry.code}</span> <Prose as="span" text={entry.title} english={fallback.has('title')} />
      </H>
      <p>
        <strong class={`c${entry.class}`}>{entry.kind === 'basic' ? `${entry.class}xx` : `${entry.class}.x.x`}</strong> {entry.classInfo.name}
        {/* Subjects (RFC 3463 §3) have no translations yet. */}
        {entry.subject ? (
          <>
            {' '}
            · <span lang={props.lang === DEFAULT_LOCALE ? undefined : 'en'}>{entry.subject}</span>
          </>
        ) : (
          ''
        )}
      </p>
      <Prose text={entry.summary} english={fallback.has('summary')} />
      <Sub>{l.description}</Sub>
      <Prose text={entry.description} english={fallback.has('description')} />
      <Sub>{l.whenSeen}</Sub>
      <Prose text={entry.whenSeen} english={fallback.has('whenSeen')} />
      <Sub>{l.howToFix}</Sub>
      <dl>
        <dt>{l.sender}</dt>
        <dd>
          <Prose as="span" text={entry.fix.sender} english={fallback.has('fix.sender')} />
        </dd>
        <dt>{l.admin}</dt>
        <dd>
          <Prose as="span" text={entry.fix.admin} english={fallback.has('fix.admin')} />
        </dd>
      </dl>
    </article>
  )
}

/** Stages outside the mail transaction (VRFY, BDAT, QUIT...) still belong on the strip, after it. */
function offTimeline(entries: CodeEntry[]): Array<[string, string[]]> {
  const extra = new Map<string, string[]>()
  for (const e of entries)
    for (const stage of e.stages)
      if (stage !== 'any' && !(TIMELINE as readonly string[]).includes(stage)) extra.set(stage, [...(extra.get(stage) ?? []), e.code])
  return [...extra]
}

export function Timeline(props: { entries: CodeEntry[]; lang: Locale }) {
  const l = PAGE_LABELS[props.lang]
  return (
    <section>
      <h2>{l.timeline}</h2>
      <ol class="timeline">
        {TIMELINE.map((stage) => {
          const here = props.entries.filter((e) => e.stages.includes(stage) || e.stages.includes('any'))
          return (
            <li class={here.length ? 'hit' : undefined}>
              {stageName(stage, props.lang)}
              {here.length ? `: ${here.map((e) => e.code).join(', ')}` : ''}
            </li>
          )
        })}
        {offTimeline(props.entries).map(([stage, codes]) => (
          <li class="hit">
            {COMMAND_NAMES[stage] ?? stage.toUpperCase()}: {codes.join(', ')}
          </li>
        ))}
      </ol>
    </section>
  )
}

export function References(props: { entries: CodeEntry[]; lang: Locale; extra?: Comparison['note'] }) {
  const refs = [...props.entries.flatMap((e) => e.references), ...(props.extra?.references ?? [])].filter(
    (r, i, all) => all.findIndex((x) => x.url === r.url && x.label === r.label) === i,
  )
  return (
    <section>
      <h2>{PAGE_LABELS[props.lang].learnMore}</h2>
      <ul>
        {refs.map((r) => (
          <li>
            <a href={r.url} rel="noopener">
              {r.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function RelatedLinks(props: { entries: CodeEntry[]; lang: Locale; compareHref: (a: string, b: string) => string }) {
  const links = props.entries.flatMap((e) =>
    [...e.related, ...e.pairings].filter((r) => !props.entries.some((x) => x.code === r)).map((r) => [e.code, r] as const),
  )
  const unique = links.filter(([a, b], i) => links.findIndex(([x, y]) => x === a && y === b) === i).slice(0, 12)
  if (unique.length === 0) return null
  return (
    <nav aria-labelledby="compare-with">
      <h2 id="compare-with">{PAGE_LABELS[props.lang].compareWith}</h2>
      <ul>
        {unique.map(([a, b]) => (
          <li>
            <a href={props.compareHref(a, b)}>
              {a} vs {b}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export function EmbedSnippet(props: { origin: string; a: string; b?: string; lang: Locale }) {
  const snippet = embedSnippet(props)
  return (
    <section class="embed">
      <h2>{props.b === undefined ? PAGE_LABELS[props.lang].embedCode : PAGE_LABELS[props.lang].embed}</h2>
      <pre>
        <code>{snippet}</code>
      </pre>
    </section>
  )
}
