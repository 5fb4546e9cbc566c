// Every curl example of the README, run as written (bash and curl) against the real Worker under wrangler dev, with
// only the address swapped and the two files it names supplied: a newcomer who pastes one gets what README says.
// Also pins what wrangler dev's proxy does with CONNECT, which README documents because the Worker cannot change it.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorker, type Running } from './servers.ts'

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const README_ORIGIN = 'http://127.0.0.1:8787'

/** The curl commands of README's sh blocks, continuation lines joined, each with the comment that describes it. */
function curlExamples(): Array<{ command: string; comment: string }> {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!)
  const out: Array<{ command: string; comment: string }> = []
  for (const block of blocks) {
    const lines = block.replace(/\\\n\s*/g, ' ').split('\n')
    for (const line of lines) {
      if (!line.startsWith('curl ')) continue
      // A trailing comment is README's description of the answer; it is no part of the command.
      const m = /^(.*?)(?:\s+#\s+(.*))?$/.exec(line)!
      out.push({ command: m[1]!.trim(), comment: m[2] ?? '' })
    }
  }
  return out
}

let worker: Running
let cwd: string
beforeAll(async () => {
  worker = await startWorker(root)
  cwd = mkdtempSync(join(tmpdir(), 'scc-readme-'))
  // The two files the examples name: a bounce message and a mail log (our own loopback corpus, no real addresses).
  copyFileSync(join(root, 'test/core/fixtures/bounces/postfix.eml'), join(cwd, 'bounce.eml'))
  copyFileSync(join(root, 'test/corpus/loopback/postfix/mail.log'), join(cwd, 'mail.log'))
}, 50_000)
afterAll(async () => {
  await worker?.stop()
  if (cwd) rmSync(cwd, { recursive: true, force: true })
})

/** Runs one README command with curl reporting the status and the content type after the body. */
function run(command: string): { status: number; type: string; body: string } {
  const local = command.replaceAll(README_ORIGIN, worker.url).replaceAll('@/var/log/mail.log', '@mail.log')
  const out = execFileSync('bash', ['-c', `${local} -sS -w '\\n%{http_code} %{content_type}'`], { cwd, encoding: 'utf8', timeout: 20_000 })
  const at = out.lastIndexOf('\n')
  const [status, type = ''] = out.slice(at + 1).split(' ')
  return { status: Number(status), type, body: out.slice(0, at) }
}

describe("README's curl examples", () => {
  const examples = curlExamples()

  it('are all found (the API section has a dozen)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10)
  })

  it.each(examples)('$command', ({ command, comment }) => {
    const res = run(command)
    expect(res.status, res.body.slice(0, 300)).toBe(200)
    // What the comment promises about the answer's form.
    if (/\btext\b/.test(comment)) expect(res.type).toMatch(/^text\/plain/)
    if (command.includes("'Accept: application/json'")) expect(res.type).toMatch(/^application\/json/)
    // curl sends no Accept preference, so these answer in text: one block per recipient, each with its status.
    if (/whole bounce|a log/.test(comment)) expect(res.body.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/g)?.length ?? 0, res.body).toBeGreaterThan(0)
    if (/registry row/.test(comment)) for (const code of ['2.7.0', '4.7.0', '5.7.0']) expect(res.body).toContain(code)
    if (/\bJSON\b/.test(comment)) expect(res.type).toMatch(/^application\/json/)
    if (/embed snippet/.test(comment))
      expect(JSON.parse(res.body)).toMatchObject({
        type: 'rich',
        version: '1.0',
        html: expect.stringContaining('<smtp-code-compare a="252" b="535">'),
      })
    if (/mirror/.test(comment)) {
      const mirror = run(command.replace('/252/535', '/535/252'))
      expect(mirror.status).toBe(200)
    }
  })
})

/** One raw HTTP/1.1 request line (fetch() refuses CONNECT); resolves with the status. */
function rawStatus(url: string, requestLine: string): Promise<number> {
  const { port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`))
    let data = ''
    socket.setEncoding('utf8')
    socket.on('data', (d) => (data += d))
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)))
    socket.on('error', reject)
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${requestLine}`)))
  })
}

describe('methods under wrangler dev', () => {
  it("TRACE reaches the Worker (405 with Allow); CONNECT is answered 500 by wrangler dev's proxy, as README says", async () => {
    expect(await rawStatus(worker.url, 'TRACE /v1/codes/535 HTTP/1.1')).toBe(405)
    expect(await rawStatus(worker.url, 'PROPFIND /nowhere HTTP/1.1')).toBe(501)
    expect(await rawStatus(worker.url, `CONNECT 127.0.0.1:443 HTTP/1.1`)).toBe(500)
    expect(readme).toContain('under `wrangler dev` the dev proxy answers `CONNECT` with its own `500`')
  })
})
