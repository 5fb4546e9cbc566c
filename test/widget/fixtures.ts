// API answers shaped by the API's own types (so schema drift breaks the build), and a fetch stub that serves
// them the way the Worker would: /v1/compare/a/b, /v1/codes/x and /v1/batch.
import type { Batch, BatchResult, CodeEntry, CodeLookup, Comparison, Problem } from '../../worker/api/schemas.ts'

const CLASS_NAMES = {
  2: 'Positive Completion',
  3: 'Positive Intermediate',
  4: 'Transient Negative Completion',
  5: 'Permanent Negative Completion',
} as const

export function entry(code: string, overrides: Partial<CodeEntry> = {}): CodeEntry {
  const cls = Number(code[0]) as 2 | 3 | 4 | 5
  return {
    code,
    kind: code.includes('.') ? 'enhanced' : 'basic',
    title: `Title of ${code}`,
    class: cls,
    classInfo: {
      class: cls,
      name: CLASS_NAMES[cls],
      meaning: `Meaning of class ${cls}`,
      retry: cls === 5 ? 'do-not-retry-unchanged' : 'retry-later',
    },
    summary: `Summary of ${code}`,
    description: `Description of ${code}`,
    whenSeen: `When ${code} is seen`,
    stages: code === '535' ? ['auth'] : ['rcpt'],
    fix: { sender: `Sender fix for ${code}`, admin: `Admin fix for ${code}` },
    retry: { advice: cls === 5 ? 'do-not-retry-unchanged' : 'retry-later', actor: 'sender' },
    references: [{ label: 'RFC 5321 §4.2.3', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3', rfc: 5321, section: '4.2.3' }],
    related: [],
    pairings: [],
    ...overrides,
  }
}

export function comparison(a: string, b: string, lang = 'en', overrides: Partial<Comparison> = {}): Comparison {
  const ea = entry(a)
  const eb = entry(b)
  return {
    lang,
    a: ea,
    b: eb,
    same: a === b,
    summary: `${a} and ${b} differ`,
    aspects: [
      { aspect: 'class', label: 'Class', a: ea.classInfo.name, b: eb.classInfo.name, shared: ea.class === eb.class },
      { aspect: 'stage', label: 'Stage', a: ea.stages.join(', '), b: eb.stages.join(', '), shared: ea.stages.join() === eb.stages.join() },
      { aspect: 'kind', label: 'Kind', a: ea.kind, b: eb.kind, shared: true },
    ],
    note: { text: `Curated note on ${a} and ${b}`, references: [] },
    page: `/compare/${a}-vs-${b}`,
    ...overrides,
  }
}

export const lookup = (query: string, lang = 'en'): CodeLookup => ({
  query,
  lang,
  entries: query.split(/[\s-]+/).map((c) => entry(c)),
})

const UNKNOWN = /^[2-5]9\d$/ // the stub treats x9y codes as unassigned, like 599

const problem = (status: number, detail: string): Problem => ({
  type: 'https://example.test/problems/unknown-code',
  title: 'Unknown code',
  status,
  detail,
})

function compareResult(a: string, b: string, lang: string): BatchResult {
  const key = `compare:${a}:${b}`
  const bad = [a, b].find((c) => UNKNOWN.test(c))
  return bad
    ? { key, ok: false, problem: problem(404, `${bad} is not an assigned SMTP reply code.`) }
    : { key, ok: true, comparison: comparison(a, b, lang) }
}

export interface Stub {
  calls: URL[]
  restore(): void
}

/** Replaces fetch; `override` may answer a URL first (e.g. with hostile content). */
export function stubFetch(override?: (url: URL) => unknown | undefined): Stub {
  const real = globalThis.fetch
  const calls: URL[] = []
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status === 200 ? 'application/json' : 'application/problem+json' } })
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input))
    calls.push(url)
    const lang = url.searchParams.get('lang') ?? 'en'
    const custom = override?.(url)
    if (custom !== undefined) return json(custom)
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
    if (parts[1] === 'compare') {
      const r = compareResult(parts[2]!, parts[3]!, lang)
      return r.ok ? json(r.comparison) : json(r.problem, 404)
    }
    if (parts[1] === 'codes') return json(lookup(parts[2]!, lang))
    if (parts[1] === 'batch') {
      const results: BatchResult[] = [
        ...url.searchParams.getAll('compare').map((p) => compareResult(p.split(':')[0]!, p.split(':')[1]!, lang)),
        ...url.searchParams.getAll('code').map((c) => ({ key: `code:${c}`, ok: true, lookup: lookup(c, lang) })),
      ]
      const body: Batch = { lang, results }
      return json(body)
    }
    return json(problem(404, 'no such endpoint'), 404)
  }) as typeof fetch
  return { calls, restore: () => void (globalThis.fetch = real) }
}
