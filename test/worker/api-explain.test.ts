import { describe, expect, it } from 'vitest'
import { ExplanationSchema } from '../../worker/api/schemas.ts'
import openApiDocument from '../../assets/openapi.json'
import { REASON_IDS } from '../../data/diagnosis/types.ts'
import { expectProblem, get, json, send } from '../support/fetch.ts'

const GMAIL =
  "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550-5.1.1 double-checking the recipient's email address for typos or\r\n550 5.1.1 https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4b2f1"

describe('POST /v1/explain', () => {
  it('explains a multiline reply sent as text/plain', async () => {
    const res = await send('/v1/explain', { method: 'POST', body: GMAIL, headers: { 'Content-Type': 'text/plain' } })
    expect(res.status).toBe(200)
    const x = ExplanationSchema.parse(await res.json())
    expect(x).toMatchObject({ basic: '550', enhanced: '5.1.1', class: 5 })
    expect(x.text).toMatch(/^The email account that you tried to reach does not exist\. Please try double-checking/)
    expect(x.entries.map((e) => e.code)).toEqual(['550', '5.1.1'])
    expect(x.warnings).toEqual([])
    // Pasted text carries people's addresses: never kept by a cache.
    expect(res.headers.get('Cache-Control')).toBe('no-store')
  })

  it('accepts JSON {reply}', async () => {
    const res = await send('/v1/explain', {
      method: 'POST',
      body: JSON.stringify({ reply: '535 5.7.8 Authentication credentials invalid' }),
      headers: { 'Content-Type': 'application/json' },
    })
    const x = ExplanationSchema.parse(await json(res))
    expect(x).toMatchObject({ basic: '535', enhanced: '5.7.8', retry: { advice: 'do-not-retry-unchanged', actor: 'sender' } })
  })

  it('refuses bodies over 64 KiB with 413', async () => {
    const body = `550 5.1.1 ${'x'.repeat(64 * 1024)}`
    const p = await expectProblem(await send('/v1/explain', { method: 'POST', body, headers: { 'Content-Type': 'text/plain' } }), 413)
    expect(p.detail).toMatch(/64 KiB/)
  })

  it('says what was expected when the text holds no code', async () => {
    const p = await expectProblem(await send('/v1/explain', { method: 'POST', body: 'hello there', headers: { 'Content-Type': 'text/plain' } }), 422)
    expect(p.detail).toMatch(/550 5\.1\.1/)
  })

  it('rejects other media types and broken JSON', async () => {
    await expectProblem(await send('/v1/explain', { method: 'POST', body: '<a/>', headers: { 'Content-Type': 'application/xml' } }), 415)
    await expectProblem(await send('/v1/explain', { method: 'POST', body: '{"reply":', headers: { 'Content-Type': 'application/json' } }), 400)
    await expectProblem(await send('/v1/explain', { method: 'POST', body: '{"reply":5}', headers: { 'Content-Type': 'application/json' } }), 400)
    await expectProblem(await send('/v1/explain', { method: 'POST', body: 'null', headers: { 'Content-Type': 'application/json' } }), 400)
  })
})

describe('GET /v1/explain', () => {
  it('explains a Postfix bounce line and finds the stage', async () => {
    const line =
      'Nov 29 00:00:01 mx postfix/smtp[123]: 4ABC: to=<bob@example.com>, relay=mx.example.com[203.0.113.5]:25, status=bounced (host mx.example.com[203.0.113.5] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))'
    const x = ExplanationSchema.parse(await json(await get(`/v1/explain?reply=${encodeURIComponent(line)}`)))
    expect(x).toMatchObject({ basic: '550', enhanced: '5.1.1', stage: 'rcpt', text: '<bob@example.com>: Recipient address rejected: User unknown' })
  })

  it('needs the reply parameter', async () => {
    await expectProblem(await get('/v1/explain'), 400)
  })

  it('keeps longer GET text out of caches', async () => {
    const res = await get(`/v1/explain?reply=${encodeURIComponent(`550 5.1.1 ${'bob@example.com '.repeat(40)}`)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
  })

  it('is cacheable for a short lookup of one reply line', async () => {
    const res = await get('/v1/explain?reply=421%204.7.0%20Try%20again%20later')
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toMatch(/s-maxage=/)
    expect(res.headers.get('ETag')).toMatch(/^"/)
  })
})

describe('the diagnosis on /v1/explain', () => {
  it('says why a Spamhaus refusal failed, who acts, and where to delist, in JSON', async () => {
    const reply = '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus'
    const x = ExplanationSchema.parse(await json(await get(`/v1/explain?reply=${encodeURIComponent(reply)}`)))
    expect(x.diagnosis).toMatchObject({ reason: 'blocklisted', bounce: 'soft', actor: 'sender-admin', basis: 'text', provider: { id: 'spamhaus' } })
    expect(x.text.slice(x.diagnosis.evidence!.start, x.diagnosis.evidence!.end)).toBe(x.diagnosis.evidence!.text)
    expect(x.diagnosis.steps.join(' ')).toContain('https://check.spamhaus.org/')
  })

  it('reads the hard bounce and the reason from a Postfix log line, and prints them as text', async () => {
    const line =
      'status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))'
    const res = await get(`/v1/explain?reply=${encodeURIComponent(line)}&format=text`)
    const body = await res.text()
    expect(body).toMatch(/^Why: The address does not exist \(user-unknown; hard bounce/m)
    expect(body).toContain('Decided by: "User unknown in local recipient table"')
  })

  it('answers in Vietnamese where the words are translated, and in English otherwise', async () => {
    const reply = encodeURIComponent('552 5.2.2 Mailbox full')
    const de = ExplanationSchema.parse(await json(await get(`/v1/explain?reply=${reply}&lang=de`)))
    expect(de.diagnosis).toMatchObject({ reason: 'mailbox-full', title: 'The mailbox is full' })
    const vi = ExplanationSchema.parse(await json(await get(`/v1/explain?reply=${reply}&lang=vi`)))
    expect(vi.diagnosis).toMatchObject({ reason: 'mailbox-full', title: 'Hộp thư đã đầy' })
  })
})

it('documents every reason id in the OpenAPI enum, in order', () => {
  const schemas = (openApiDocument as unknown as { components: { schemas: Record<string, { enum?: string[] }> } }).components.schemas
  expect(schemas.DiagnosisReason?.enum).toEqual([...REASON_IDS])
})

describe('codes in no RFC', () => {
  it("answer 200 with an honest entry: /v1/codes/5.7.606 is Microsoft's banned sending IP, registered: false", async () => {
    const res = await get('/v1/codes/5.7.606')
    expect(res.status).toBe(200)
    const body = (await json(res)) as { entries: Array<{ code: string; registered?: boolean; usedBy?: string; references: Array<{ url: string }> }> }
    expect(body.entries[0]).toMatchObject({ code: '5.7.606', registered: false, usedBy: expect.stringContaining('Microsoft') })
    expect(body.entries[0]!.references[0]!.url).toMatch(/^https:\/\//)
    expect((await get('/codes/5.7.606')).status).toBe(200)
    expect((await get('/v1/codes/5.7.640')).status).toBe(200)
  })

  it('answer in Vietnamese through the catalog fallback: /v1/codes/5.7.606?lang=vi and /vi/codes/510', async () => {
    const res = await get('/v1/codes/5.7.606?lang=vi')
    expect(res.status).toBe(200)
    const entry = ((await json(res)) as { entries: Array<Record<string, unknown>> }).entries[0]!
    expect(entry).toMatchObject({ code: '5.7.606', registered: false, title: 'Từ chối truy cập, IP gửi bị cấm' })
    expect(entry.description).toContain('5.7.606 không có trong RFC nào')
    // Every prose field has Vietnamese words, so none is listed as English.
    expect(entry.fallback).toBeUndefined()
    const basic = ((await json(await get('/v1/codes/510?lang=vi'))) as { entries: Array<Record<string, unknown>> }).entries[0]!
    expect(basic).toMatchObject({ code: '510', usedBy: 'một số máy chủ và báo cáo bounce, thay cho 550 5.1.x' })
    const page = await get('/vi/codes/510')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Địa chỉ người nhận sai (không chuẩn)')
  })

  it('leave a code nobody uses a 404 that explains its class', async () => {
    const p = await expectProblem(await get('/v1/codes/5.9.9'), 404)
    expect(p.classInfo).toBeDefined()
  })

  it('give an explained vendor reply its reason from the vendor code and still warn that it is unregistered', async () => {
    const x = ExplanationSchema.parse(await json(await get(`/v1/explain?reply=${encodeURIComponent('550 5.7.705 Access denied')}`)))
    expect(x.diagnosis).toMatchObject({ reason: 'blocklisted', basis: 'enhanced-code', provider: { id: 'microsoft', code: '5.7.705' } })
    expect(x.warnings.map((w) => w.kind)).toContain('unregistered-enhanced')
    const basic = ExplanationSchema.parse(await json(await get(`/v1/explain?reply=${encodeURIComponent('571 Go away')}`)))
    expect(basic.warnings.map((w) => w.kind)).toContain('unknown-basic')
  })
})
