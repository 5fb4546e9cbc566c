// The CLI's lookup, compare and explain commands: what they print, in which shape, and the exit status scripts see.
import { describe, expect, it } from 'vitest'
import { cli } from './run-cli.ts'

describe('lookup', () => {
  it('explains 535 and names its usual enhanced code 5.7.8', async () => {
    const r = await cli(['535'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^535 {2}Authentication credentials invalid/)
    expect(r.stdout).toContain('Usually with: 5.7.8')
    expect(r.stderr).toBe('')
  })

  it('prints the API lookup shape with --json, for an enhanced code and for a pair', async () => {
    const one = JSON.parse((await cli(['5.7.8', '--json'])).stdout)
    expect(one).toMatchObject({ query: '5.7.8', lang: 'en', entries: [{ code: '5.7.8', kind: 'enhanced', registryKey: 'X.7.8' }] })
    const both = await cli(['lookup', '535', '5.7.8', '--json'])
    expect(both.code).toBe(0)
    expect(JSON.parse(both.stdout).entries.map((e: { code: string }) => e.code)).toEqual(['535', '5.7.8'])
  })

  it('answers in Vietnamese with --lang vi', async () => {
    const r = await cli(['--lang', 'vi', '535', '--json'])
    const body = JSON.parse(r.stdout)
    expect(body.lang).toBe('vi')
    expect(body.entries[0].title).not.toBe('Authentication credentials invalid')
    expect(body.entries[0].title).toMatch(/[\u00C0-\u1EF9]/)
  })

  it('exits 1 for a well-formed unassigned code, with the problem as JSON under --json', async () => {
    const r = await cli(['599'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('599 is not an assigned SMTP reply code')
    const j = await cli(['599', '--json'])
    expect(j.code).toBe(1)
    expect(JSON.parse(j.stdout)).toMatchObject({ type: '/problems/unknown-code', status: 404, classInfo: { class: 5 } })
  })

  it('exits 2 for something that is not a code', async () => {
    const r = await cli(['hello'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('"hello" is not an SMTP code')
  })
})

describe('compare', () => {
  it('puts two codes side by side, as the API does', async () => {
    const r = await cli(['compare', '252', '535'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^252 \(.+\) vs 535 \(.+\)/)
    expect(r.stdout).toContain('Differences:')
    const j = JSON.parse((await cli(['compare', '252', '535', '--json'])).stdout)
    expect(j).toMatchObject({ lang: 'en', a: { code: '252' }, b: { code: '535' }, same: false, page: '/compare/252-vs-535' })
  })

  it('compares every pair of three codes', async () => {
    const r = await cli(['compare', '252', '535', '550', '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).pairs.map((p: { a: string; b: string }) => `${p.a}-${p.b}`)).toEqual(['252-535', '252-550', '535-550'])
  })

  it('names the side that is wrong', async () => {
    const r = await cli(['compare', '252', '5.9.99', '--json'])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 404, side: 'b' })
    expect((await cli(['compare', '252'])).code).toBe(2)
  })
})

describe('explain', () => {
  const reply = '550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Please try double-checking the recipient address.'

  it('explains a reply given as an argument', async () => {
    const r = await cli(['explain', reply])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^550 5\.1\.1: /)
    expect(r.stdout).toContain('5.1.1 Bad destination mailbox address')
  })

  it('reads the reply from standard input with -', async () => {
    const r = await cli(['explain', '-', '--json'], { stdin: `${reply.replace(/\n/g, '\r\n')}\r\n` })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ basic: '550', enhanced: '5.1.1', class: 5 })
  })

  it('exits 1 when the text holds no reply code, and survives binary input', async () => {
    const r = await cli(['explain', 'thanks for your message'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('No SMTP reply code found')
    const nul = await cli(['explain', '-'], { stdin: Buffer.from([0, 0xff, 0xfe, 0, 10, 0x1b, 0x5b]) })
    expect(nul.code).toBe(1)
    expect(nul.stderr).not.toContain('    at ') // no stack trace
  })
})

describe('usage', () => {
  it('exits 2 with the usage text for bad arguments', async () => {
    for (const args of [[], ['--bogus', '535'], ['--lang', 'xx', '535'], ['--lang'], ['explain']]) {
      const r = await cli(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr, args.join(' ')).toContain('Usage: smtp-code-compare')
      expect(r.stdout).toBe('')
    }
  })

  it('prints help and the package version', async () => {
    expect((await cli(['--help'])).stdout).toContain('Exit status: 0 found, 1 not found')
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default
    expect((await cli(['--version'])).stdout.trim()).toBe(version)
  })

  it('colours only when asked or forced, and never under NO_COLOR', async () => {
    expect((await cli(['535'])).stdout).not.toContain('\x1b[')
    expect((await cli(['535'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\x1b[1m\x1b[31m535')
    expect((await cli(['535'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\x1b[')
    expect((await cli(['535', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\x1b[')
    expect((await cli(['535', '--json'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\x1b[')
  })
})
