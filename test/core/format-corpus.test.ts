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
    expect(o.detail).toMatch(file.notBounce === 'auto-reply' ? /automatic reply/ : /feedback report/)
    const parsed = await parseBounce(formatText(file.path))
    expect(parsed.ok && [parsed.report.notBounce, parsed.report.deliveries]).toEqual([file.notBounce, []])
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
