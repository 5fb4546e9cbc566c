// `smtp-code-compare report FILE…`: every bounced and deferred delivery in Postfix, Exim, Sendmail or Exchange logs,
// streamed line by line (bounded chunks; what is kept across lines is core's LogReader's bounded state), grouped by
// reason and by recipient domain with counts and one example each. Parsing is core's log parser, explaining is core's explainer (each distinct reply explained
// once); this file only counts and prints.
import type { Locale } from '../data/i18n/locales.ts'
import type { Explanation } from '../worker/api/schemas.ts'
import { bounceOf, refineStatus, replyInput, type Bounce, type RecipientResult } from '../worker/core/explain-paste.ts'
import { inDeliveryContext } from '../worker/core/delivery-context.ts'
import { explainReply } from '../worker/core/explain.ts'
import { LogReader, type LogDelivery } from '../worker/core/log-parser.ts'
import { useStandaloneCore } from '../worker/core/standalone.ts'
import type { Flags } from './args.ts'
import type { Paint } from './colors.ts'
import { fileSource, forEachLine, stdinSource, type Source } from './input.ts'
import { logReportText, reasonOf } from './report-text.ts'
import type { Io } from './run.ts'

/**
 * Distinct replies explained and kept; past this the cache starts again (a log's replies repeat in runs). For
 * --json it keeps whole explanations (~40 KB of heap each), so fewer.
 */
const CACHE_MAX = 512
const CACHE_MAX_JSON = 64
/**
 * An address as servers quote it, bracketed or bare. The look-behind lets a match start only where a word starts:
 * without it a long run of address characters with no @ (a pasted token, a base64 blob) is retried from each of
 * its characters, and one 1.5 KB reply cost a millisecond.
 */
const ADDRESS = /<?(?<![^\s<>@()"])[^\s<>@()"]{1,64}@[A-Za-z0-9.-]{1,253}>?/g
/** Recipient domains counted one by one; a log naming more puts the rest under "(other)". */
const DOMAINS_MAX = 20_000
/** Characters of a group's example reply kept (the text report shows 160); a reply longer than this is cut. */
const EXAMPLE_KEEP = 512
/** Characters of JSON gathered before a write. */
const WRITE_MAX = 8 * 1024
/** Inputs at least this big get a progress line on a terminal. */
const PROGRESS_MIN_BYTES = 32 << 20

type Reported = 'failed' | 'delayed'

/**
 * A copy that does not share memory with the line it came from. Lines are slices of a 64 KB chunk, and V8 keeps a
 * whole chunk alive for as long as any slice of it lives: a cached reply text would pin every chunk it came from.
 * Prepending a character makes a new string that slice() must flatten into a fresh one before slicing it, so the
 * result refers to that copy only (a round trip through a Buffer did the same with a native allocation per call).
 */
function detach(s: string): string {
  return ` ${s}`.slice(1)
}

function exampleOf(s: string): string {
  return detach(s.length > EXAMPLE_KEEP ? `${s.slice(0, EXAMPLE_KEEP - 3)}...` : s)
}

export interface Group {
  count: number
  failed: number
  delayed: number
  /** The first reply text seen for the group, as the log gave it (its first EXAMPLE_KEEP characters). */
  example: string
  /** For domains: how often each reason occurred. */
  reasons?: Map<string, number>
}

/** What the text and JSON answers are built from: counts and one example per group, never a list per line. */
export interface LogTally {
  lines: number
  bytes: number
  deliveries: number
  byAction: Partial<Record<LogDelivery['action'], number>>
  byBounce: Record<Bounce, number>
  byReason: Record<Reported, Map<string, Group>>
  byDomain: Map<string, Group>
}

function bump(map: Map<string, Group>, key: string, action: Reported, example: string): Group {
  let g = map.get(key)
  if (!g) {
    g = { count: 0, failed: 0, delayed: 0, example: exampleOf(example) }
    map.set(detach(key), g)
  }
  g.count++
  g[action]++
  return g
}

/** What one distinct reply comes to. */
interface Explained {
  action?: LogDelivery['action']
  /** A failure whose status is still 4.x.x: its retries expired, whatever the last attempt's words (delivery-context.ts). */
  expired?: boolean
  reason: string
  bounce: Bounce
  explanation?: Explanation
}

// The report diagnoses every reply: the rule set by plain import, whoever loaded this module first.
useStandaloneCore()

export class LogReport {
  readonly tally: LogTally = {
    lines: 0,
    bytes: 0,
    deliveries: 0,
    byAction: {},
    byBounce: { hard: 0, soft: 0, none: 0 },
    byReason: { failed: new Map(), delayed: new Map() },
    byDomain: new Map(),
  }
  /** Per distinct reply: what the tally needs, and the whole explanation only when --json prints it. */
  private readonly cache = new Map<string, Explained>()
  private readonly cacheMax: number
  private readonly lang: Locale
  /** Called for every bounced or deferred delivery, with the API's recipient item (for --json). */
  private readonly onRecipient: ((r: RecipientResult) => void) | undefined
  /** The log's own state across lines (an Exchange header, deferrals a later expiry turns into failures). */
  private readonly reader = new LogReader({ inbound: false })

  constructor(lang: Locale, onRecipient?: (r: RecipientResult) => void) {
    this.lang = lang
    this.onRecipient = onRecipient
    this.cacheMax = onRecipient ? CACHE_MAX_JSON : CACHE_MAX
  }

  private explained(d: LogDelivery): Explained {
    let sliced = replyInput(d)
    if (sliced === undefined) return { reason: reasonOf(undefined), bounce: bounceOf(undefined, d.action) }
    // Without --json only the reason and the codes are shown, and a recipient's own address in the reply changes
    // neither: one explanation serves every recipient that got the same words.
    if (!this.onRecipient) sliced = sliced.replace(ADDRESS, '<address>')
    let hit = this.cache.get(sliced)
    const expired = d.action === 'failed' && d.status?.[0] === '4'
    if (hit === undefined || hit.action !== d.action || hit.expired !== expired) {
      if (this.cache.size >= this.cacheMax) this.cache.clear()
      const input = detach(sliced)
      const o = explainReply(input, this.lang)
      // As the API lists a log's recipients: what the log's own fields say decides over the reply's words (a deferral
      // is never "expired", a failure still 4.x.x is), so that the report and /v1/explain count the same reasons.
      const explanation = o.ok ? inDeliveryContext(o.explanation, d, this.lang) : undefined
      hit = {
        action: d.action,
        expired,
        reason: reasonOf(explanation),
        bounce: bounceOf(explanation, d.action),
        ...(this.onRecipient && explanation ? { explanation } : {}),
      }
      this.cache.set(input, hit)
    }
    return hit
  }

  line(line: string): void {
    const t = this.tally
    t.lines++
    t.bytes += line.length + 1
    this.count(this.reader.line(line))
  }

  /** At the end of the input: what the reader still holds (a line syslog got in parts whose last part is missing). */
  end(): void {
    this.count(this.reader.end())
  }

  private count(deliveries: readonly LogDelivery[]): void {
    const t = this.tally
    for (const d of deliveries) {
      t.deliveries++
      t.byAction[d.action] = (t.byAction[d.action] ?? 0) + 1
      if (d.action !== 'failed' && d.action !== 'delayed') continue
      const { reason, bounce, explanation } = this.explained(d)
      t.byBounce[bounce]++
      const example = d.diagnosticCode ?? d.status ?? ''
      bump(t.byReason[d.action], reason, d.action, example)
      const at = d.recipient.lastIndexOf('@')
      let domain = at >= 0 ? d.recipient.slice(at + 1).toLowerCase() : '(local)'
      if (!t.byDomain.has(domain) && t.byDomain.size >= DOMAINS_MAX) domain = '(other)'
      const g = bump(t.byDomain, domain, d.action, example)
      g.reasons ??= new Map()
      g.reasons.set(reason, (g.reasons.get(reason) ?? 0) + 1)
      if (!this.onRecipient) continue
      const listed: RecipientResult = { ...d, ...(explanation ? { explanation } : {}) }
      refineStatus(listed, explanation)
      this.onRecipient(listed)
    }
  }
}

function sorted(map: Map<string, Group>): Array<[string, Group]> {
  return [...map].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
}

/** The summary of the API's delivery reports, for the bounced and deferred deliveries, plus the groups' examples. */
export function summaryJson(t: LogTally) {
  const failed = t.byAction.failed ?? 0
  const delayed = t.byAction.delayed ?? 0
  const groups = (map: Map<string, Group>) =>
    sorted(map).map(([key, g]) => ({
      key,
      count: g.count,
      failed: g.failed,
      delayed: g.delayed,
      example: g.example,
      ...(g.reasons ? { reasons: Object.fromEntries([...g.reasons].sort((a, b) => b[1] - a[1])) } : {}),
    }))
  const counts = (map: Map<string, Group>) => Object.fromEntries(sorted(map).map(([k, g]) => [k, g.count]))
  const byReason = new Map<string, Group>()
  for (const m of [t.byReason.failed, t.byReason.delayed])
    for (const [k, g] of m) {
      const into = byReason.get(k) ?? { count: 0, failed: 0, delayed: 0, example: g.example }
      into.count += g.count
      into.failed += g.failed
      into.delayed += g.delayed
      byReason.set(k, into)
    }
  return {
    recipients: failed + delayed,
    byAction: { failed, delayed },
    byReason: counts(byReason),
    byDomain: counts(t.byDomain),
    byBounce: { hard: t.byBounce.hard, soft: t.byBounce.soft },
    scanned: { lines: t.lines, deliveries: t.deliveries, delivered: t.byAction.delivered ?? 0 },
    bounced: groups(t.byReason.failed),
    deferred: groups(t.byReason.delayed),
    domains: groups(t.byDomain),
  }
}

function formatBytes(n: number): string {
  return n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(1)} GB` : `${Math.round(n / (1 << 20))} MB`
}

export async function runReport(files: string[], flags: Flags, io: Io, paint: Paint): Promise<number> {
  let sources: Source[]
  try {
    sources = (files.length ? files : ['-']).map((f) => (f === '-' ? stdinSource(io.stdin) : fileSource(f)))
  } catch (err) {
    io.stderr.write(
      `smtp-code-compare: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file: ${(err as { path?: string }).path}` : (err as Error).message}\n`,
    )
    return 2
  }
  const total = sources.every((s) => s.size !== undefined) ? sources.reduce((n, s) => n + s.size!, 0) : undefined
  const showProgress = flags.progress ?? (Boolean(io.stderr.isTTY) && (total === undefined || total >= PROGRESS_MIN_BYTES))

  // --json streams the recipients as they come: the array is never held in memory. Each write stays small (Node
  // copies a string of more than 16 KB into a native buffer to write it, and on a 2 GB log those copies alone kept
  // ~15 MB of fragmented heap); a write the stream could not take at once makes the reading wait for its drain.
  let out = ''
  let first = true
  let full = false
  const write = () => {
    if (out === '') return
    if (!io.stdout.write(out)) full = true
    out = ''
  }
  const report = new LogReport(
    flags.lang,
    flags.json
      ? (r) => {
          const item = JSON.stringify(r)
          if (out.length + item.length > WRITE_MAX) write()
          out += `${first ? '\n' : ',\n'}${item}`
          first = false
        }
      : undefined,
  )
  if (flags.json) out = `{"kind":"log","lang":${JSON.stringify(flags.lang)},"recipients":[`

  const flush = async () => {
    write()
    if (full && 'once' in io.stdout) await new Promise<void>((resolve) => (io.stdout as NodeJS.WriteStream).once('drain', () => resolve()))
    full = false
  }

  let done = 0
  let lastProgress = 0
  const progress = (current: Source, force = false) => {
    const now = Date.now()
    if (!showProgress || (!force && now - lastProgress < 250)) return
    lastProgress = now
    const read = done + current.bytesRead()
    const t = report.tally
    const of = total ? ` of ${formatBytes(total)} (${Math.floor((100 * read) / total)} %)` : ''
    io.stderr.write(
      `\r\x1b[K${current.name}: ${formatBytes(read)}${of}, ${t.lines.toLocaleString('en')} lines, ${(t.byAction.failed ?? 0).toLocaleString('en')} bounced, ${(t.byAction.delayed ?? 0).toLocaleString('en')} deferred`,
    )
  }

  for (const source of sources) {
    let stream
    try {
      stream = await source.open()
    } catch (err) {
      io.stderr.write(`smtp-code-compare: cannot read ${source.name}: ${(err as Error).message}\n`)
      return 2
    }
    try {
      await forEachLine(
        stream,
        (line) => report.line(line),
        async () => {
          progress(source)
          await flush()
        },
      )
    } catch (err) {
      if (showProgress) io.stderr.write('\r\x1b[K')
      io.stderr.write(`smtp-code-compare: ${source.name}: ${(err as Error).message}\n`)
      return 2
    }
    done += source.size ?? source.bytesRead()
  }
  report.end()
  if (showProgress) io.stderr.write('\r\x1b[K')

  const t = report.tally
  const found = (t.byAction.failed ?? 0) + (t.byAction.delayed ?? 0)
  if (flags.json) {
    out += `${first ? '' : '\n'}],"summary":${JSON.stringify(summaryJson(t))}}\n`
    await flush()
  } else {
    io.stdout.write(logReportText(t, paint, flags.lang))
  }
  return found > 0 ? 0 : 1
}
