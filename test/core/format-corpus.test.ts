// Our parsers against the formats corpus (test/corpus/formats/): bounce layouts of MTAs and providers that do not run
// on our loopback, written after their sources; each recipient found with its action, status and reason.
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../worker/core/bounce-parser.ts'
import { explainPaste } from '../../worker/core/explain-paste.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'
import { formatText, formats } from '../corpus/formats.ts'

useStandaloneCore()

const bounces = formats.files.filter((f) => !f.notBounce)
const notBounces = formats.files.filter((f) => f.notBounce)

describe('every formats-corpus bounce', () => {
  it.each(bounces.map((f) => [f.path, f] as const))('%s gives each recipient with its action, status and reason', async (_p, file) => {
    // A message is sent as one (Content-Type: message/rfc822); copied text is left to the guess, as a paste is.
    const o = await explainPaste(formatText(file.path), 'en', file.paste === 'message' ? { kind: 'message' } : {})
    if (!o.ok || o.kind !== 'message') throw new Error(`${file.path}: ${JSON.stringify(o).slice(0, 300)}`)
    const got = o.report.recipients
    expect(got.map((r) => r.recipient.toLowerCase()).sort()).toEqual(file.truth.map((t) => t.recipient.toLowerCase()).sort())
    for (const t of file.truth) {
      const r = got.find((x) => x.recipient.toLowerCase() === t.recipient.toLowerCase())!
      expect([r.action, r.status ?? null], t.recipient).toEqual([t.action, t.status])
      if (t.noCode) expect(r.explanation, t.recipient).toBeUndefined()
      else expect(r.explanation?.diagnosis.reason, t.recipient).toBe(t.reason)
    }
  })

  it('reads the text of parts in koi8-r, iso-2022-jp and windows-1252', async () => {
    const words = [
      ['postfix/koi8-r-template.eml', 'К сожалению, ваше письмо не удалось доставить'],
      ['postfix/iso-2022-jp-template.eml', 'メッセージを次の宛先に配送できませんでした'],
      ['microsoft/exchange-2010-fr-windows-1252.eml', 'Échec de la remise à ces destinataires'],
    ]
    for (const [path, text] of words) {
      const o = await parseBounce(formatText(path!))
      expect(o.ok && o.report.humanText.replace(/\s+/g, ' '), path).toContain(text)
    }
  })

  it('a bounce without a status part, forwarded as an attachment, is read whole', async () => {
    const forward = [
      'From: Alice <alice@example.org>',
      'To: Help desk <help@example.org>',
      'Subject: Fwd: failure notice',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="fwd"',
      '',
      '--fwd',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'This came back, see attached.',
      'alice@example.org',
      '',
      '--fwd',
      'Content-Type: message/rfc822',
      '',
      formatText('qmail/local-remote-expired.eml'),
      '--fwd--',
      '',
    ].join('\n')
    const o = await explainPaste(forward, 'en', { kind: 'message' })
    expect(o.ok && o.kind === 'message' && o.report.recipients.map((r) => [r.recipient, r.status])).toEqual([
      ['old.colleague@example.org', '5.1.1'],
      ['hana@example.com', '5.1.1'],
      ['ola@example.com', '5.0.0'],
      ['frank@example.net', '4.2.2'],
    ])
  })

  it('a bounce without MIME that copies a long original (an attachment of thousands of lines) is read up to the copy', async () => {
    const attachment = `${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0'}\n`.repeat(3000)
    const raw = formatText('qmail/local-remote-expired.eml').replace('Are you coming?', `Are you coming?\n\n${attachment}`)
    const o = await explainPaste(raw, 'en', { kind: 'message' })
    expect(o.ok && o.kind === 'message' && [o.report.recipients.length, o.report.message?.subject]).toEqual([4, 'Reunion dinner'])
  })

  it('a text copied from a mail client is guessed as a bounce, not one reply', async () => {
    for (const f of bounces.filter((x) => x.paste === 'text')) {
      const o = await explainPaste(formatText(f.path), 'en')
      expect(o.ok && o.kind, f.path).toBe('message')
    }
  })
})

describe('messages that are no bounce', () => {
  it.each(notBounces.map((f) => [f.path, f] as const))('%s names no failed recipient and says what it is', async (_p, file) => {
    const o = await explainPaste(formatText(file.path), 'en')
    expect(o.ok).toBe(false)
    if (o.ok) return
    expect(o.reason).toBe('no-code')
    expect(o.detail).toMatch(
      { 'auto-reply': /automatic reply/, 'feedback-report': /feedback report/, 'read-receipt': /read receipt/ }[file.notBounce!],
    )
    const parsed = await parseBounce(formatText(file.path))
    expect(parsed.ok && [parsed.report.notBounce, parsed.report.deliveries]).toEqual([file.notBounce, []])
  })

  it("a person's message that names an address on a line of its own is no bounce", async () => {
    const raw = [
      'From: Alice <alice@example.org>',
      'To: Bob <bob@example.com>',
      'Subject: new address',
      '',
      'Hi Bob, please write to',
      '',
      '  carol@example.com',
      '',
      'from now on.',
      'Alice',
    ].join('\n')
    const o = await explainPaste(raw, 'en')
    expect(o.ok ? o.kind : o.reason).toBe('no-code')
  })

  it('a bounce of an automatic reply is still a bounce', async () => {
    const raw = formatText('qmail/local-remote-expired.eml').replace(
      'Subject: failure notice',
      'Subject: Automatic reply: failure notice\nX-Autoreply: yes',
    )
    const o = await explainPaste(raw, 'en')
    expect(o.ok && o.kind === 'message' && o.report.recipients.length).toBe(4)
  })
})
