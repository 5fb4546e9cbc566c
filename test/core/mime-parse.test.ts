// parseMime calls postal-mime with each part's chunks joined directly instead of through a Blob. It must give exactly
// what postal-mime gives by itself, on real bounces and on random MIME, and it must actually skip the Blob.
import fc from 'fast-check'
import PostalMime, { type PostalMimeOptions } from 'postal-mime'
import { afterEach, describe, expect, it } from 'vitest'
import { MIME_LIMITS } from '../../worker/core/bounce-parser.ts'
import { cutReturnedOriginal } from '../../worker/core/mime-cut.ts'
import { parseMime } from '../../worker/core/mime-parse.ts'
import { plainStructuredHeader } from '../../worker/core/mime-structured.ts'
import { corpusFiles, corpusText } from '../corpus/loopback.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

const fixtures = import.meta.glob('./fixtures/bounces/*.eml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
const OPTIONS: PostalMimeOptions = { ...MIME_LIMITS, attachmentEncoding: 'utf8', forceRfc822Attachments: true }
const messages = [...Object.entries(fixtures), ...corpusFiles({ kind: 'dsn' }).map((f) => [f.path, corpusText(f.path)] as const)]

const scope = globalThis as unknown as { Blob: typeof Blob }
const NativeBlob = scope.Blob
afterEach(() => {
  scope.Blob = NativeBlob
})

/** Counts Blobs made while fn runs. */
async function blobsMade<T>(fn: () => Promise<T>): Promise<{ value: T; blobs: number }> {
  let blobs = 0
  scope.Blob = class extends NativeBlob {
    constructor(...args: ConstructorParameters<typeof Blob>) {
      super(...args)
      blobs++
    }
  }
  try {
    return { value: await fn(), blobs }
  } finally {
    scope.Blob = NativeBlob
  }
}

describe('parseMime', () => {
  it.each(messages)('%s: the same Email as postal-mime alone, without a Blob', async (_name, text) => {
    const theirs = await PostalMime.parse(text, OPTIONS)
    const ours = await blobsMade(() => parseMime(PostalMime, text, OPTIONS))
    expect(ours.value).toEqual(theirs)
    expect(ours.blobs).toBe(0)
  })

  it.each(['utf8', 'base64', 'arraybuffer'] as const)(
    'random MIME (plain, quoted-printable and base64 parts, nesting, CRLF or LF), %s attachments: the same Email',
    async (attachmentEncoding) => {
      const options: PostalMimeOptions = { ...OPTIONS, attachmentEncoding }
      const line = fc.string({ maxLength: 90 }).map((s) => s.replace(/[\r\n]/g, ' '))
      const body = fc.array(fc.oneof(line, fc.constantFrom('=3D=C3=A9', '=', 'x='), fc.base64String({ maxLength: 80 })), { maxLength: 8 })
      const leaf = fc.record({
        type: fc.constantFrom('text/plain; charset=utf-8', 'message/delivery-status', 'text/html', 'application/octet-stream', 'text/rfc822-headers'),
        encoding: fc.constantFrom('7bit', 'quoted-printable', 'base64', '8bit'),
        lines: body,
      })
      const part: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
        node: fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          leaf.map((l) => `Content-Type: ${l.type}\nContent-Transfer-Encoding: ${l.encoding}\n\n${l.lines.join('\n')}`),
          fc
            .tuple(
              fc.constantFrom('mixed', 'report; report-type=delivery-status', 'alternative'),
              fc.array(tie('node'), { maxLength: 4 }),
              fc.nat(999),
            )
            .map(
              ([sub, children, n]) =>
                `Content-Type: multipart/${sub}; boundary="b${n}"\n\npreamble\n${children.map((c) => `--b${n}\n${c}\n`).join('')}--b${n}--\nepilogue`,
            ),
        ),
      })).node
      await fc.assert(
        fc.asyncProperty(part, fc.boolean(), async (p, crlf) => {
          const text = `From: a@example.org\nSubject: =?utf-8?q?x=C3=A9?=\n${p}\n`.replace(/\n/g, crlf ? '\r\n' : '\n')
          const theirs = await PostalMime.parse(text, options).catch((e: unknown) => String(e))
          const ours = await parseMime(PostalMime, text, options).catch((e: unknown) => String(e))
          expect(ours).toEqual(theirs)
          // An ArrayBuffer where postal-mime gives one (not a view of the message's bytes).
          if (attachmentEncoding === 'arraybuffer' && typeof ours !== 'string')
            for (const a of ours.attachments) expect(Object.prototype.toString.call(a.content)).toBe('[object ArrayBuffer]')
        }),
        { numRuns: 150 },
      )
    },
  )
})

describe('plainStructuredHeader', () => {
  // postal-mime's own reader, as its part nodes call it.
  const node = (new PostalMime() as unknown as { root: { parseStructuredHeader(s: string): unknown } }).root
  const theirs = (s: string) => node.parseStructuredHeader(s)

  it.each([
    'multipart/report; report-type=delivery-status;\n\tboundary="8D3F41F8D2.1764410401/mx.example.org"',
    'Text/Plain; Charset=US-ASCII',
    'text/plain; charset = "utf-8" ; format=flowed; delsp=yes',
    'multipart/mixed; boundary="a"; boundary="b"',
    'text/plain; flag; name=x=y;',
    'attachment; filename=" spaced  name .txt "',
    '',
    '  ;  ',
    'text/plain; __proto__=x; constructor=y',
    'text/plain; a\u00a0=\u00a0b\u00a0',
  ])('%j: what postal-mime reads', (s) => {
    expect(plainStructuredHeader(s)).toEqual(theirs(s))
  })

  it('leaves comments, escapes, RFC 2231 sections and stray quotes to postal-mime', () => {
    for (const s of ['text/plain (comment)', 'a; b="x\\"y"', "a; name*=utf-8''x", 'a; b="x" y', 'a; b=x"y"', 'a; b="x'])
      expect(plainStructuredHeader(s)).toBeUndefined()
  })

  it('random fields: the same answer as postal-mime, or none', () => {
    const plain = ['a', 'B', 'text/plain', ' ', '\t', ';', '=', '"', 'é', '\n', 'boundary', '__proto__', '0']
    const piece = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...plain) }, fc.constantFrom('*', '(', ')', '\\'))
    let read = 0
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const s = pieces.join('')
        const ours = plainStructuredHeader(s)
        if (ours !== undefined) {
          read++
          expect(ours).toEqual(theirs(s))
        }
      }),
      { numRuns: 3000 },
    )
    // Most of them are read here, not handed back (which would make the comparison above vacuous).
    expect(read).toBeGreaterThan(300)
  })
})

describe('cutReturnedOriginal', () => {
  it.each(corpusFiles({ kind: 'dsn' }).map((f) => [f.path, f] as const))(
    '%s: only MIME fields and the parts before the original reach the parser, the original headers kept aside',
    (_path, file) => {
      const raw = corpusText(file.path)
      const cut = cutReturnedOriginal(raw)
      expect(cut.text).not.toMatch(/^(?:Received|Return-Path|From|Subject|Date|Message-ID):/im)
      expect(cut.text).toMatch(/^Content-Type: multipart\/report/im)
      expect(cut.text).toMatch(/^Final-Recipient:/im)
      expect(cut.originalHeaders).toContain(file.originalMessageId)
      expect(cut.text).not.toMatch(/^Content-Type: *(?:message\/rfc822|message\/global|text\/rfc822-headers)\s*(?:;|$)/im)
      expect(cut.text.length).toBeLessThan(raw.length)
    },
  )
})
