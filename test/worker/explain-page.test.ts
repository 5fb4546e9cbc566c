// The /explain page about whole bounce messages and logs, as the Worker renders it for a form posted without
// JavaScript: the recipient table, the summary, no-store, the redaction box, the 256 KiB limit and hostile input.
import { describe, expect, it } from 'vitest'
import { FORM_FRAMING_MAX_BYTES, PASTE_MAX_BYTES } from '../../worker/api/limits.ts'
import { EXPLAIN_SCRIPT } from '../../worker/generated/page-scripts.ts'
import { explainPaste } from '../../worker/core/explain-paste.ts'
import { redactOutcome } from '../../worker/core/redact.ts'
import { resultsText } from '../../worker/views/explain-views.tsx'
import { corpusText } from '../corpus/loopback.ts'
import { expectProblem, get, send } from '../support/fetch.ts'

const dsn = corpusText('postfix/multi-recipient.eml')

function post(path: string, fields: Record<string, string>): Promise<Response> {
  const body = new FormData()
  for (const [k, v] of Object.entries(fields)) body.set(k, v)
  return send(path, { method: 'POST', body })
}

/** The text of each row of the recipient table: the recipient and the reason's id. */
function rows(html: string): Array<{ recipient: string; reason: string }> {
  const table = html.slice(html.indexOf('<table class="recipients">'), html.indexOf('</table>', html.indexOf('<table class="recipients">')))
  return [...table.matchAll(/<tr data-reason="([a-z-]+)"><th scope="row" class="recipient">([^<]*)<\/th>/g)].map((m) => ({
    recipient: m[2]!,
    reason: m[1]!,
  }))
}

describe('POST /explain with a whole bounce message', () => {
  it('shows one row per recipient with its diagnosis, the reasons chart and the top domains, never cached', async () => {
    const res = await post('/explain', { reply: dsn })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('ETag')).toBeNull()
    const html = await res.text()
    expect(rows(html)).toEqual([
      { recipient: 'nouser@postfix.test', reason: 'user-unknown' },
      { recipient: 'nouser@exim.test', reason: 'user-unknown' },
      { recipient: 'nouser@sendmail.test', reason: 'user-unknown' },
    ])
    expect(html).toContain('Bounce message · Recipients: 3')
    // Each row opens to the reply and its steps.
    expect(html).toContain('<details><summary>The address does not exist</summary>')
    expect(html).toContain('550 5.1.1 &lt;nouser@sendmail.test&gt;... User unknown')
    expect(html).toMatch(/<td class="mta">mx\.sendmail\.test<\/td>/)
    // The chart is a table with the numbers as text; the bars are decoration.
    expect(html).toMatch(
      /<caption>Recipients by reason<\/caption>.*<tr data-reason="user-unknown"><th scope="row"><a href="\/reasons\/user-unknown">[^<]+<\/a><\/th><td>3<\/td><td class="share"><span class="bar w100" aria-hidden="true"><\/span><span>100%<\/span>/s,
    )
    expect(html).toMatch(
      /<caption>Top recipient domains<\/caption>.*<th scope="row">postfix\.test<\/th><td>1<\/td><td class="share"><span class="bar w35" aria-hidden="true">/s,
    )
    expect(html).toContain('<dt>Subject</dt><dd>Corpus case multi-recipient</dd>')
  })

  it('hides addresses and IP addresses when the box is ticked', async () => {
    const html = await (await post('/explain', { reply: dsn, redact: 'on' })).text()
    const results = html.slice(html.indexOf('id="explain-results"'))
    expect(rows(html).map((r) => r.recipient)).toEqual(['…@postfix.test', '…@exim.test', '…@sendmail.test'])
    expect(results).not.toContain('nouser@')
    expect(results).not.toContain('scc.postfix.multi-recipient@')
    expect(html).toContain('<input type="checkbox" id="redact" name="redact" value="on" checked=""/>')
  })

  it('lists a log excerpt in Vietnamese', async () => {
    const res = await post('/vi/explain', { reply: corpusText('postfix/mail.log') })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const html = await res.text()
    expect(html).toContain('Nhật ký thư · Người nhận:')
    expect(html).toContain('<caption>Người nhận theo lý do</caption>')
    expect(rows(html).length).toBeGreaterThan(3)
  })

  it('still takes a urlencoded form, as the page sent before it posted multipart', async () => {
    const res = await send('/explain', { method: 'POST', body: new URLSearchParams({ reply: dsn }) })
    expect(rows(await res.text())).toHaveLength(3)
  })

  it('counts the 256 KiB against the paste, not the form around it, and answers over it with a 413 page in the reader’s language', async () => {
    const boundary = '----WebKitFormBoundary7MA4YWxkTrZu0gW'
    const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
    // As a browser sends the form: the textarea's line feeds as CRLF, the box, then the closing boundary.
    const form = (paste: string, redact = true) =>
      part('reply', paste.replace(/\n/g, '\r\n')) + (redact ? part('redact', 'on') : '') + `--${boundary}--\r\n`
    const headers = { 'Content-Type': `multipart/form-data; boundary=${boundary}` }
    // A real Postfix log, repeated to exactly 256 KiB as the textarea holds it (LF line ends): the body is larger,
    // and the paste is read.
    const unit = corpusText('postfix/mail.log')
    const unitBytes = new TextEncoder().encode(unit).length
    const log = unit.repeat(Math.floor(PASTE_MAX_BYTES / unitBytes)) + '#'.repeat(PASTE_MAX_BYTES % unitBytes)
    expect(new TextEncoder().encode(log).length).toBe(PASTE_MAX_BYTES)
    const body = form(log)
    expect(body.length).toBeGreaterThan(PASTE_MAX_BYTES + 1000)
    const at = await send('/explain', { method: 'POST', body, headers })
    expect(at.status).toBe(200)
    expect(at.headers.get('Cache-Control')).toBe('no-store')
    const html = await at.text()
    expect(html).toContain('<section class="report" data-kind="log">')
    expect(rows(html).length).toBeGreaterThan(100)
    expect(rows(html)[0]!.recipient).toMatch(/^…@/)
    // One byte more in the paste is refused, in Vietnamese on /vi, with the form to try again.
    const over = await send('/vi/explain', { method: 'POST', body: form(`${log}x`), headers })
    expect(over.status).toBe(413)
    expect(over.headers.get('Cache-Control')).toBe('no-store')
    expect(over.headers.get('Content-Type')).toMatch(/^text\/html/)
    const page = await over.text()
    expect(page).toContain('Văn bản quá dài')
    expect(page).toContain('256 KiB')
    expect(page).toContain('<form id="explain-form"')
    // So is a body past the paste's limit and the framing allowance, before it is read.
    const huge = await send('/explain', { method: 'POST', body: form('a'.repeat(PASTE_MAX_BYTES + FORM_FRAMING_MAX_BYTES)), headers })
    expect(huge.status).toBe(413)
    expect(await huge.text()).toContain('Too much text')
  })

  it('answers a script that asks for JSON with problem+json when the paste is too large', async () => {
    const body = new FormData()
    body.set('reply', 'a'.repeat(PASTE_MAX_BYTES + 1))
    const p = await expectProblem(await send('/explain', { method: 'POST', body, headers: { Accept: 'application/json' } }), 413)
    expect(p.type).toBe('/problems/payload-too-large')
    expect(p.detail).toContain('256 KiB')
  })

  it('renders hostile recipients, replies and subjects as text', async () => {
    const hostile = dsn
      .replace('Final-Recipient: rfc822; nouser@postfix.test', 'Final-Recipient: rfc822; "><img src=x onerror=alert(1)>@postfix.test')
      .replace('Diagnostic-Code: X-Postfix; unknown user: "nouser"', 'Diagnostic-Code: smtp; 550 5.1.1 <script>alert(1)</script> user unknown')
      .replace('Subject: Corpus case multi-recipient', 'Subject: </title><svg onload=alert(1)>')
    const res = await post('/explain', { reply: hostile })
    expect(res.status).toBeLessThan(500)
    const html = await res.text()
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<svg onload')
    expect(html).not.toMatch(/<[^>]*\s(?:onerror|onload)=/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})

describe('the empty /explain form', () => {
  it('loads the page module from this origin, which the CSP allows, and says where the paste goes', async () => {
    const res = await get('/explain')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(EXPLAIN_SCRIPT).toMatch(/^\/explain\.[A-Z0-9]+\.js$/)
    expect(html).toContain(`<script type="module" src="${EXPLAIN_SCRIPT}"></script>`)
    const csp = res.headers.get('Content-Security-Policy')!
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).toContain("default-src 'none'")
    expect(html).toContain('Without JavaScript, the form sends your text to this site')
  })
})

describe('what "Copy as text" copies (browser/explain.ts puts it on the clipboard)', () => {
  it('a log, in the page’s language, one block per recipient, with what the table shows', async () => {
    const o = await explainPaste(corpusText('postfix/mail.log'), 'vi')
    if (!o.ok || o.kind !== 'log') throw new Error('expected a log')
    const text = resultsText(redactOutcome(o), 'vi')
    expect(text).toMatch(/^Nhật ký thư · Người nhận: \d+\n/)
    expect(text).toContain('Người nhận theo lý do:')
    const blocks = text.split(/\n(?=\d+\. )/).slice(1)
    expect(blocks).toHaveLength(o.report.recipients.length)
    for (const [i, block] of blocks.entries()) expect(block.startsWith(`${i + 1}. …@`), block).toBe(true)
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.\w|\b\d{1,3}(?:\.\d{1,3}){3}\b/)
  })

  it('a single reply: its codes, the diagnosis, the words quoted and the steps', async () => {
    const o = await explainPaste('550 5.7.1 <jane@example.com>: Client host [192.0.2.1] blocked using zen.spamhaus.org')
    const text = resultsText(redactOutcome(o), 'en')
    expect(text.split('\n').slice(0, 2)).toEqual(['550 5.7.1 — Permanent Negative Completion', 'Why it failed: The sending server is on a blocklist'])
    expect(text).toContain('> <…@example.com>: Client host [x.x.x.x] blocked using zen.spamhaus.org')
    expect(text).toMatch(/What to do:\n1\. /)
  })
})
