// parseMime calls postal-mime with each part's chunks joined directly instead of through a Blob. It must give exactly
// what postal-mime gives by itself, on real bounces and on random MIME, and it must actually skip the Blob.
import fc from 'fast-check'
import PostalMime, { type PostalMimeOptions } from 'postal-mime'
import { afterEach, describe, expect, it } from 'vitest'
import { MIME_LIMITS } from '../../worker/core/bounce-parser.ts'
import { cutReturnedOriginal } from '../../worker/core/mime-cut.ts'
import { parseMime } from '../../worker/core/mime-parse.ts'
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

  it('random MIME (plain, quoted-printable and base64 parts, nesting, CRLF or LF): the same Email', async () => {
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
          .tuple(fc.constantFrom('mixed', 'report; report-type=delivery-status', 'alternative'), fc.array(tie('node'), { maxLength: 4 }), fc.nat(999))
          .map(
            ([sub, children, n]) =>
              `Content-Type: multipart/${sub}; boundary="b${n}"\n\npreamble\n${children.map((c) => `--b${n}\n${c}\n`).join('')}--b${n}--\nepilogue`,
          ),
      ),
    })).node
    await fc.assert(
      fc.asyncProperty(part, fc.boolean(), async (p, crlf) => {
        const text = `From: a@example.org\nSubject: =?utf-8?q?x=C3=A9?=\n${p}\n`.replace(/\n/g, crlf ? '\r\n' : '\n')
        const theirs = await PostalMime.parse(text, OPTIONS).catch((e: unknown) => String(e))
        const ours = await parseMime(PostalMime, text, OPTIONS).catch((e: unknown) => String(e))
        expect(ours).toEqual(theirs)
      }),
      { numRuns: 150 },
    )
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
