// readPlainMime reads plain MIME without postal-mime. Wherever it gives an answer, that answer must be what
// bounce-parser.ts reads of postal-mime's (the text, the HTML, each attachment's type and content), on real bounces
// and on random MIME; and it must give one for most real bounces, or it saves nothing.
import fc from 'fast-check'
import PostalMime, { type Email, type PostalMimeOptions } from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { MIME_LIMITS } from '../../worker/core/bounce-parser.ts'
import { cutReturnedOriginal } from '../../worker/core/mime-cut.ts'
import { readPlainMime, type MimeText } from '../../worker/core/mime-plain.ts'
import { corpusFiles, corpusText } from '../corpus/loopback.ts'

const fixtures = import.meta.glob(['./fixtures/bounces/*.eml', '../corpus/formats/**/*.eml'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>
const OPTIONS: PostalMimeOptions = { ...MIME_LIMITS, attachmentEncoding: 'utf8', forceRfc822Attachments: true }
const messages = [...Object.entries(fixtures), ...corpusFiles().map((f) => [f.path, corpusText(f.path)] as const)]

/** What bounce-parser.ts reads of an answer. */
const read = (e: MimeText | Email) => ({
  text: e.text,
  // bounce-parser.ts reads the HTML only when there is no text.
  html: e.text ? undefined : e.html,
  attachments: e.attachments.map((a) => ({ mimeType: a.mimeType, content: a.content })),
})

async function same(text: string): Promise<boolean> {
  const ours = readPlainMime(text, MIME_LIMITS)
  if (!ours) return false
  const theirs = await PostalMime.parse(text, OPTIONS)
  expect(read(ours)).toEqual(read(theirs))
  return true
}

describe('readPlainMime', () => {
  it("real bounces, whole and as bounce-parser cuts them: postal-mime's answer, and an answer for most of them", async () => {
    let plain = 0
    for (const [, text] of messages) {
      await same(text)
      if (await same(cutReturnedOriginal(text).text)) plain++
    }
    expect(plain).toBeGreaterThan(messages.length * 0.75)
  })

  it('leaves HTML without text, flowed text, other charsets and over-limit messages to postal-mime', () => {
    const part = (fields: string, body = 'x') => `Content-Type: multipart/mixed; boundary=b\n\n--b\n${fields}\n\n${body}\n--b--\n`
    for (const text of [
      part('Content-Transfer-Encoding: 7bit (comment)'),
      part('Content-Type: text/html'),
      `Content-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: text/plain\n\n--a\nContent-Type: text/html\n\n<p>x</p>\n--a--\n`,
      part('Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable', 'caf=E9'),
      part('Content-Type: text/plain; format=flowed'),
      part('Content-Type: text/plain; charset=iso-8859-1', 'caf\u00e9'),
      part('Content-Type: text/plain; charset=koi8-r'),
      part('Content-Type: text/calendar'),
      part("Content-Type: text/plain; name*=utf-8''x"),
      part('Content-Type: text/plain', '\uFEFFx'),
      part('Content-Type: text/plain', '\uD800'),
      `Content-Type: multipart/mixed; boundary=b\n\n${'--b\nContent-Type: multipart/mixed; boundary=b\n\n'.repeat(40)}`,
      `X-Long: ${'a'.repeat(MIME_LIMITS.maxHeadersSize)}\n\nx`,
    ])
      expect(readPlainMime(text, MIME_LIMITS), text.slice(0, 80)).toBeUndefined()
  })

  it('reads ASCII text in an ASCII-compatible charset, digests, alternatives, parts closed with their parent, quoted-printable and base64 (broken too)', async () => {
    for (const text of [
      'Content-Type: text/plain; charset=US-ASCII\n\nhello\r\nworld',
      'Content-Type: multipart/digest; boundary=d\n\n--d\n\nFrom: a@example.org\n\nx\n--d--\n',
      'Content-Type: multipart/alternative; boundary=a\n\n--a\n\none\n--a\nContent-Type: multipart/alternative; boundary=n\n\n--n\n\ntwo\n--a\n\nthree\n--a--\n',
      'Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: multipart/mixed; boundary=i\n\n--i\n\nin\n--o--\nafter\n--i\n\nlost\n',
      'Content-Type: multipart/mixed; boundary=b\n\n--b \t\n\nblank after the boundary\n--b-- \nepilogue',
      'Content-Type: multipart/mixed; boundary=b\n\n--bx\n--b-x\n--b\nContent-Disposition: attachment\n\ntext as an attachment\n--b',
      'Content-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\ncaf=C3=A9 soft=\nbreak =3d =ZZ =\r\n--a\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\nPHA+eDwvcD4=\n--a--\n',
      'Content-Type: multipart/report; boundary=r\n\n--r\n\ntext\n--r\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: Base64\n\nQWN0aW9uOiBm\nYWlsZWQ=\nx=YQ\n!!7w==\n--r\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n77u/aGk=\n--r--\n',
    ])
      expect(await same(text), text).toBe(true)
  })

  it("random MIME (plain, quoted-printable and base64 parts, HTML, nesting, CRLF or LF): postal-mime's answer wherever it gives one", async () => {
    const line = fc.string({ maxLength: 90 }).map((s) => s.replace(/[\r\n]/g, ' '))
    const body = fc.array(
      fc.oneof(
        line,
        fc.constantFrom('--b1', '--b2--', '', ' x', 'Content-Type: text/html', '=3D=C3=A9', '=', 'x=', '=EF=BB=BFa', '=F0=9F'),
        fc.base64String({ maxLength: 80 }),
      ),
      { maxLength: 8 },
    )
    const leaf = fc.record({
      type: fc.constantFrom(
        'text/plain; charset=utf-8',
        'text/plain',
        'message/delivery-status',
        'text/html',
        'text/rfc822-headers',
        'TEXT/Plain; charset="us-ascii"',
      ),
      fields: fc.constantFrom(
        '',
        'Content-Transfer-Encoding: 7bit\n',
        'Content-Transfer-Encoding: 8bit\n',
        'Content-Transfer-Encoding: quoted-printable\n',
        'Content-Transfer-Encoding: base64\n',
        'Content-Transfer-Encoding: x-base64\n',
        'Content-Disposition: attachment\nContent-Transfer-Encoding: base64\n',
        'Content-Disposition: attachment\n',
        'content-type: message/rfc822\n',
        ' folded\n',
      ),
      lines: body,
    })
    const part: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf.map((l) => `Content-Type: ${l.type}\n${l.fields}\n${l.lines.join('\n')}`),
        fc
          .tuple(
            fc.constantFrom('mixed', 'report; report-type=delivery-status', 'alternative', 'digest'),
            fc.array(tie('node'), { maxLength: 4 }),
            fc.nat(3),
            fc.boolean(),
          )
          .map(
            ([sub, children, n, closed]) =>
              `Content-Type: multipart/${sub}; boundary="b${n}"\n\npreamble\n${children.map((c) => `--b${n}\n${c}\n`).join('')}${closed ? `--b${n}--\nepilogue` : ''}`,
          ),
      ),
    })).node
    let answered = 0
    await fc.assert(
      fc.asyncProperty(part, fc.boolean(), async (p, crlf) => {
        if (await same(`${p}\n`.replace(/\n/g, crlf ? '\r\n' : '\n'))) answered++
      }),
      { numRuns: 400 },
    )
    expect(answered).toBeGreaterThan(100)
  })
})
