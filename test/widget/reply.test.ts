// <smtp-code reply="…">: the diagnosis card. The stub answers POST /v1/explain with what the real core says
// (worker/core/explain-paste.ts, as the Worker's route does), so these are the diagnoses a dashboard would get.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EN_DIAGNOSIS } from '../../data/diagnosis/i18n/en.ts'
import VI_LABELS from '../../data/diagnosis/i18n/labels/vi.ts'
import EN_PHRASES from '../../data/i18n/api-phrases/en.ts'
import VI_PHRASES from '../../data/i18n/api-phrases/vi.ts'
import { LANGUAGE_PACKS } from '../../data/i18n/packs.all.ts'
import { WIDGET_LABELS } from '../../data/i18n/widget-labels.all.ts'
import type { Locale } from '../../data/i18n/locales.ts'
import type { Explanation } from '../../worker/api/schemas.ts'
import { registerLanguagePack } from '../../worker/core/content.ts'
import { explainPaste } from '../../worker/core/explain-paste.ts'
import { explainReply } from '../../worker/core/explain.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'
import { clearAnswers } from '../../widget/reply-card.ts'
import manifest from '../../custom-elements.json'
import { cleanup, contrast, mount, settled, text } from './helpers.ts'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

for (const [lang, pack] of Object.entries(LANGUAGE_PACKS)) registerLanguagePack(lang as Locale, pack)

const SPAMHAUS = '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus'
const GMAIL_UNKNOWN =
  "550 5.1.1 <jane.doe@example.com>: The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos"
const GMAIL_FULL = '452 4.2.2 The email account that you tried to reach is over quota.'
const YAHOO = '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints'
const HOSTILE = ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>', '<svg onload="window.__pwned=1">']

declare global {
  interface Window {
    __pwned?: number
  }
}

interface Call {
  url: URL
  method: string
  body: string
  headers: Headers
}
let calls: Call[]
let answer: ((body: string, lang: string) => Response | Promise<Response> | undefined) | undefined
const real = globalThis.fetch
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status === 200 ? 'application/json' : 'application/problem+json' } })

beforeEach(() => {
  calls = []
  answer = undefined
  window.__pwned = undefined
  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input))
    const body = typeof init.body === 'string' ? init.body : ''
    calls.push({ url, method: init.method ?? 'GET', body, headers: new Headers(init.headers) })
    const lang = url.searchParams.get('lang') ?? 'en'
    const custom = answer?.(body, lang)
    if (custom) return custom
    if (url.pathname !== '/v1/explain' || init.method !== 'POST') return json({ status: 404, detail: 'no such endpoint' }, 404)
    const outcome = await explainPaste(body, lang as Locale)
    if (!outcome.ok) return json({ type: 'about:blank', title: 'No reply code', status: 422, detail: outcome.detail }, 422)
    return json(outcome.kind === 'reply' ? outcome.explanation : outcome.report)
  }) as typeof fetch
})
afterEach(() => {
  globalThis.fetch = real
  cleanup()
  clearAnswers()
})

const card = async (reply: string, attrs = '') => {
  const el = document.createElement('smtp-code')
  el.setAttribute('reply', reply)
  el.setAttribute('eager', '')
  for (const [, name, value] of attrs.matchAll(/(\S+?)="([^"]*)"/g)) el.setAttribute(name!, value!)
  mount('').append(el)
  return settled(el)
}
const diagnosisOf = (reply: string, lang: Locale = 'en') => {
  const o = explainReply(reply, lang)
  if (!o.ok) throw new Error(o.detail)
  return o.explanation
}

describe('<smtp-code reply>', () => {
  it('leads with the reason, hard or soft, who acts, the provider and the steps, for a blocklisting', async () => {
    const root = await card(SPAMHAUS)
    const d = diagnosisOf(SPAMHAUS).diagnosis
    expect(d.reason).toBe('blocklisted')
    const article = root.querySelector('article[part~=card][part~=reply]')!
    expect(article.getAttribute('data-reason')).toBe('blocklisted')
    expect(text(root, '[role=heading][aria-level="3"]')).toEqual([`Why it failed: ${EN_DIAGNOSIS.reasons.blocklisted.title}`])
    expect(text(root, '[part~=badge]')).toEqual(['550 5.7.1 · Permanent Negative Completion'])
    expect(text(root, '[part~=summary]')).toEqual([EN_DIAGNOSIS.reasons.blocklisted.summary])
    expect(text(root, '[part~=facts] li')).toEqual([
      EN_DIAGNOSIS.labels.soft,
      `Who must act: ${EN_PHRASES.actor['sender-admin']}`,
      'Reply from Spamhaus',
    ])
    expect(root.querySelector<HTMLAnchorElement>('[part~=facts] a')!.href).toBe(d.provider!.url)
    // The steps, in order, under their own heading one level down; the pages they name are links.
    expect(text(root, '[role=heading][aria-level="4"]')).toEqual([EN_DIAGNOSIS.labels.steps])
    expect(text(root, 'ol[part~=steps] > li')).toEqual(d.steps)
    const stepLinks = [...root.querySelectorAll<HTMLAnchorElement>('ol[part~=steps] a')].map((a) => a.href)
    expect(stepLinks).toEqual(['https://check.spamhaus.org/', 'https://www.spamhaus.org/'])
    // The deciding words, marked inside the quoted reply.
    expect(text(root, 'blockquote[part~=quote] mark[part~=evidence]')).toEqual(['blocked using Spamhaus'])
    expect(root.querySelector('blockquote')!.textContent).toBe('Service unavailable, Client host [192.0.2.1] blocked using Spamhaus')
    // The codes' page is linked; the reply itself never goes into a URL.
    expect(root.querySelector<HTMLAnchorElement>('article > p:last-child a')!.href).toBe(`${location.origin}/codes/550-5.7.1`)
  })

  it('sends the reply as a text/plain POST body, never in the URL, and with no cookies', async () => {
    await card(YAHOO)
    expect(calls).toHaveLength(1)
    const [c] = calls
    expect(c!.method).toBe('POST')
    expect(c!.url.pathname + c!.url.search).toBe('/v1/explain?lang=en')
    expect(c!.body).toBe(YAHOO)
    // No header that would make the browser send a CORS preflight.
    expect([...c!.headers.keys()]).toEqual(['accept'])
  })

  it('says hard for a bad address, and never sends whose address it is', async () => {
    const root = await card(GMAIL_UNKNOWN)
    expect(calls[0]!.body).not.toContain('jane')
    expect(calls[0]!.body).toContain('<…@example.com>')
    expect(root.querySelector('article')!.getAttribute('data-bounce')).toBe('hard')
    expect(text(root, '[part~=facts] li')[0]).toBe(EN_DIAGNOSIS.labels.hard)
    expect(text(root, '[part~=facts] li')[1]).toBe(`Who must act: ${EN_PHRASES.actor.sender}`)
    expect(text(root, '[part~=facts] li')[2]).toBe('Reply from Gmail / Google Workspace')
    // What is shown is what was sent, and the evidence offsets mark the same words in it.
    const quote = root.querySelector('blockquote')!
    expect(quote.textContent).toContain('<…@example.com>: The email account')
    expect(text(quote, 'mark')).toEqual(['account that you tried to reach does not exist'])
  })

  it('shows a full mailbox (the recipient acts) and a throttling provider code', async () => {
    const full = await card(GMAIL_FULL)
    expect(full.querySelector('article')!.getAttribute('data-reason')).toBe('mailbox-full')
    expect(text(full, '[part~=facts] li')[1]).toBe(`Who must act: ${EN_PHRASES.actor['recipient-admin']}`)
    const yahoo = await card(YAHOO)
    expect(yahoo.querySelector('article')!.getAttribute('data-reason')).toBe('rate-limited')
    expect(text(yahoo, '[part~=facts] li')[2]).toBe('Reply from Yahoo / AOL (TSS04)')
    expect(text(yahoo, 'mark')).toEqual(['temporarily deferred due to unexpected volume or user complaints'])
  })

  it('speaks the lang attribute, with the labels the /explain page uses', async () => {
    const root = await card(SPAMHAUS, 'lang="vi"')
    expect(calls[0]!.url.searchParams.get('lang')).toBe('vi')
    const vi = diagnosisOf(SPAMHAUS, 'vi').diagnosis
    expect(text(root, '[role=heading]')).toEqual([`${VI_LABELS.heading}: ${vi.title}`, VI_LABELS.steps])
    expect(text(root, '[part~=facts] li').slice(0, 2)).toEqual([VI_LABELS.soft, `${VI_PHRASES.aspects!.actor}: ${VI_PHRASES.actor!['sender-admin']}`])
    expect(text(root, 'ol[part~=steps] > li')).toEqual(vi.steps)
    // A language without diagnosis labels of its own says them in English, field by field, and its own actor words.
    const de = await card(SPAMHAUS, 'lang="de"')
    expect(text(de, '[role=heading]')[1]).toBe(EN_DIAGNOSIS.labels.steps)
    expect(text(de, '[part~=facts] li')[1]).not.toContain(EN_PHRASES.actor['sender-admin'])
  })

  it('compact folds the steps under their words, and the loaded event carries the diagnosis', async () => {
    const loaded: CustomEvent[] = []
    document.addEventListener('smtp-code-loaded', (e) => loaded.push(e as CustomEvent), { once: true })
    const root = await card(GMAIL_FULL, 'compact=""')
    const details = root.querySelector('details')!
    expect(details.open).toBe(false)
    expect(text(details, 'summary')).toEqual([EN_DIAGNOSIS.labels.steps])
    expect(details.querySelectorAll('ol[part~=steps] > li').length).toBe(diagnosisOf(GMAIL_FULL).diagnosis.steps.length)
    expect(text(root, '[role=heading]')).toHaveLength(1)
    expect((loaded[0]!.detail as Explanation).diagnosis.reason).toBe('mailbox-full')
  })

  it('a reply that is no failure says so, with no bounce and no steps', async () => {
    const root = await card('250 2.0.0 OK queued as 12345')
    expect(text(root, '[role=heading]')).toEqual([EN_DIAGNOSIS.notAFailure.title])
    expect(root.querySelector('[part~=facts], [part~=steps]')).toBeNull()
  })

  it('a log excerpt posted as a reply shows the diagnosis of its first recipient', async () => {
    const log = [
      'Jan  5 10:00:00 mx postfix/smtp[1]: 4AB: to=<jane@example.com>, relay=mx.example.com[192.0.2.9]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.9] said: 550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))',
      'Jan  5 10:00:01 mx postfix/smtp[1]: 4AC: to=<bob@example.net>, relay=mx.example.net[192.0.2.10]:25, dsn=4.2.2, status=deferred (host mx.example.net[192.0.2.10] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))',
    ].join('\n')
    const root = await card(log)
    expect(calls[0]!.body).not.toMatch(/jane|bob/)
    expect(root.querySelector('article')!.getAttribute('data-reason')).toBe('user-unknown')
  })
})

describe('<smtp-code reply> with bad input', () => {
  it('renders a hostile reply as text', async () => {
    const reply = `550 5.1.1 ${HOSTILE.join(' ')} User unknown`
    const root = await card(reply)
    await new Promise((r) => setTimeout(r, 50))
    expect(root.querySelectorAll('img, script, svg, iframe, object').length).toBe(0)
    expect(root.querySelector('blockquote')!.textContent).toContain(HOSTILE.join(' '))
    expect(window.__pwned).toBeUndefined()
  })

  it('renders hostile API strings as text, links only http(s), and marks evidence only where its words are', async () => {
    const base = diagnosisOf(SPAMHAUS)
    const hostile = (evidence: Explanation['diagnosis']['evidence'], extra: Partial<Explanation['diagnosis']> = {}): Explanation => ({
      ...base,
      text: `${HOSTILE[0]} middle ${HOSTILE[1]}`,
      diagnosis: {
        ...base.diagnosis,
        title: HOSTILE[1]!,
        summary: HOSTILE[2]!,
        steps: [`Go to javascript:window.__pwned=1 or ${HOSTILE[0]} https://example.org/ok.`],
        provider: { id: 'x', name: HOSTILE[0]!, url: 'javascript:window.__pwned=1' },
        evidence,
        ...extra,
      },
    })
    const t = `${HOSTILE[0]} middle ${HOSTILE[1]}`
    const cases: Array<[Explanation['diagnosis']['evidence'], string[]]> = [
      [{ text: t, start: 0, end: t.length }, [t]], // the whole text
      [{ text: HOSTILE[0]!, start: 0, end: HOSTILE[0]!.length }, [HOSTILE[0]!]], // at the start
      [{ text: HOSTILE[1]!, start: t.length - HOSTILE[1]!.length, end: t.length }, [HOSTILE[1]!]], // at the end
      [{ text: 'middle', start: -5, end: 3 }, ['middle']], // offsets out of range: found by its words
      [{ text: 'middle', start: 0, end: 99999 }, ['middle']],
      [{ text: 'not in the text', start: 0, end: 4 }, []], // words not there: nothing marked
      [{ text: '', start: 3, end: 3 }, []], // empty
      [undefined, []],
    ]
    for (const [i, [evidence, marked]] of cases.entries()) {
      answer = () => json(hostile(evidence))
      const root = await card(`${SPAMHAUS} ${i}`)
      expect(root.querySelectorAll('img, script, svg, iframe, object').length).toBe(0)
      expect(text(root, 'mark'), JSON.stringify(evidence)).toEqual(marked)
      expect(root.querySelector('blockquote')!.textContent).toBe(t)
      expect(text(root, '[role=heading]')[0]).toBe(`Why it failed: ${HOSTILE[1]}`)
      expect(text(root, '[part~=facts] li')[2]).toBe(`Reply from ${HOSTILE[0]}`)
      const links = [...root.querySelectorAll<HTMLAnchorElement>('a')]
      expect(links.every((a) => /^https?:$/.test(a.protocol))).toBe(true)
      expect(links.map((a) => a.href)).toContain('https://example.org/ok')
    }
    expect(window.__pwned).toBeUndefined()
  })

  it('an empty or blank reply and no code asks for one, without a request', async () => {
    const root = await card('   ')
    expect(root.querySelector('[role=alert]')!.textContent).toContain('Set the code attribute')
    expect(calls).toHaveLength(0)
  })

  it('an oversize reply is refused before anything is sent', async () => {
    const root = await card(`550 5.1.1 ${'x'.repeat(70 * 1024)}`)
    expect(root.querySelector('[role=alert]')!.textContent).toContain('longer than 65536 bytes')
    expect(calls).toHaveLength(0)
  })

  it('a reply with no code gets the API’s answer, marked as English', async () => {
    const root = await card('hello, this is not a bounce')
    const alert = root.querySelector('[role=alert]')!
    expect(alert.querySelector('[lang=en]')!.textContent).toMatch(/no SMTP reply code/i)
    // No page link: the reply would have to go in its URL.
    expect(alert.querySelector('a')).toBeNull()
  })

  it("a network failure says so in the reader's language, and a later card tries again", async () => {
    answer = () => {
      throw new TypeError('Failed to fetch')
    }
    const errors: CustomEvent[] = []
    document.addEventListener('smtp-code-error', (e) => errors.push(e as CustomEvent), { once: true })
    const root = await card(SPAMHAUS, 'lang="de"')
    expect(root.querySelector('[role=alert]')!.textContent).toContain(WIDGET_LABELS.de.unreachable)
    expect(root.querySelector('[role=alert]')!.textContent).not.toContain('Failed to fetch')
    expect(errors[0]!.detail.message).toBe('Failed to fetch')
    answer = undefined
    const again = await card(SPAMHAUS, 'lang="de"')
    expect(again.querySelector('article[data-reason=blocklisted]')).not.toBeNull()
  })

  it('the same bounce for many recipients is one request', async () => {
    const replies = ['jane', 'bob', 'ana'].map((u) => `550 5.1.1 <${u}@example.com>: Recipient address rejected: User unknown`)
    const roots = await Promise.all(replies.map((r) => card(r)))
    expect(calls).toHaveLength(1)
    for (const r of roots) expect(r.querySelector('article')!.getAttribute('data-reason')).toBe('user-unknown')
  })
})

describe('<smtp-code reply> for keyboards, screen readers and dark pages', () => {
  it('is headings, lists, a quote and a mark, and its links are reached with Tab', async () => {
    const root = await card(SPAMHAUS)
    expect(root.querySelectorAll('ul[part~=facts] > li').length).toBe(3)
    expect(root.querySelectorAll('ol[part~=steps] > li').length).toBeGreaterThan(1)
    expect(root.querySelectorAll('blockquote mark').length).toBe(1)
    const { userEvent } = await import('vitest/browser')
    const before = document.createElement('button')
    root.host.before(before)
    before.focus()
    await userEvent.tab()
    expect(root.activeElement?.textContent).toBe('Spamhaus')
    await userEvent.tab()
    expect(root.activeElement?.getAttribute('href')).toBe('https://check.spamhaus.org/')
  })

  it('theme="dark" is dark and its marked words stay readable', async () => {
    const root = await card(SPAMHAUS, 'theme="dark"')
    const article = root.querySelector('article')!
    expect(getComputedStyle(article).backgroundColor).toBe('rgb(27, 28, 31)')
    const mark = root.querySelector('mark')!
    const [fg, bg] = [getComputedStyle(mark).color, getComputedStyle(mark).backgroundColor]
    expect(fg).toBe('rgb(236, 236, 236)')
    expect(bg).not.toBe(getComputedStyle(article).backgroundColor)
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5)
  })

  it('custom-elements.json lists the reply attribute, its parts and --scc-mark', () => {
    type Decl = { tagName?: string; attributes?: { name: string }[]; cssParts?: { name: string }[]; cssProperties?: { name: string }[] }
    const decl = manifest.modules
      .flatMap((m: { declarations?: unknown[] }) => (m.declarations ?? []) as Decl[])
      .find((d) => d.tagName === 'smtp-code')!
    expect(decl.attributes!.map((a) => a.name)).toContain('reply')
    expect(decl.cssParts!.map((p) => p.name)).toEqual(expect.arrayContaining(['reply', 'quote', 'evidence', 'facts', 'steps']))
    expect(decl.cssProperties!.map((p) => p.name)).toContain('--scc-mark')
  })
})
