// Talks to the API for every widget on the page. Identical requests share one promise, requests made in the
// same short window go out together as one /v1/batch GET (at most 50 items each), and answers are kept for the
// page's life: a page with fifty cards makes one or two requests, not fifty.
import type { Batch, CodeLookup, Comparison, Problem } from '../worker/api/schemas.ts'

export type Item = { kind: 'compare'; a: string; b: string } | { kind: 'code'; code: string }
export type Outcome<T> = { ok: true; data: T } | { ok: false; status: number; problem?: Problem; message: string }
type AnyOutcome = Outcome<Comparison | CodeLookup>

const BATCH_MAX = 50
/** Long enough to gather the cards an IntersectionObserver callback or a parser chunk reveals at once. */
const WINDOW_MS = 16

/** Codes travel in paths and query strings: "535 5.7.8" is written 535-5.7.8 there. */
export const codeParam = (code: string) => code.trim().split(/\s+/).join('-')
const itemKey = (item: Item) => (item.kind === 'compare' ? `compare:${codeParam(item.a)}:${codeParam(item.b)}` : `code:${codeParam(item.code)}`)

interface Pending {
  key: string
  item: Item
  resolve: (o: AnyOutcome) => void
}

const cache = new Map<string, Promise<AnyOutcome>>()
const queues = new Map<string, Pending[]>()

const failure = (status: number, message: string, problem?: Problem): AnyOutcome => ({ ok: false, status, message, problem })

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { headers: { Accept: 'application/json' } })
  const body: unknown = await res.json().catch(() => undefined)
  return { status: res.status, body }
}

const isProblem = (b: unknown): b is Problem => typeof b === 'object' && b !== null && 'status' in b && 'detail' in b

async function single(base: string, lang: string, p: Pending): Promise<AnyOutcome> {
  const { item } = p
  const path =
    item.kind === 'compare'
      ? `v1/compare/${encodeURIComponent(codeParam(item.a))}/${encodeURIComponent(codeParam(item.b))}`
      : `v1/codes/${encodeURIComponent(codeParam(item.code))}`
  const url = new URL(path, base)
  url.searchParams.set('lang', lang)
  const { status, body } = await getJson(url.href)
  if (status === 200 && body) return { ok: true, data: body as Comparison | CodeLookup }
  return isProblem(body) ? failure(status, body.detail, body) : failure(status, `HTTP ${status}`)
}

async function batch(base: string, lang: string, group: Pending[]): Promise<Map<string, AnyOutcome>> {
  const url = new URL('v1/batch', base)
  for (const { item } of group)
    if (item.kind === 'compare') url.searchParams.append('compare', `${codeParam(item.a)}:${codeParam(item.b)}`)
    else url.searchParams.append('code', codeParam(item.code))
  url.searchParams.set('lang', lang)
  const { status, body } = await getJson(url.href)
  const out = new Map<string, AnyOutcome>()
  if (status !== 200 || !body) {
    const f = isProblem(body) ? failure(status, body.detail, body) : failure(status, `HTTP ${status}`)
    for (const p of group) out.set(p.key, f)
    return out
  }
  for (const r of (body as Batch).results) {
    const data = r.comparison ?? r.lookup
    out.set(r.key, r.ok && data ? { ok: true, data } : failure(r.problem?.status ?? 500, r.problem?.detail ?? 'Failed', r.problem))
  }
  return out
}

async function flush(base: string, lang: string, queue: Pending[]) {
  const chunks: Pending[][] = []
  for (let i = 0; i < queue.length; i += BATCH_MAX) chunks.push(queue.slice(i, i + BATCH_MAX))
  await Promise.all(
    chunks.map(async (chunk) => {
      try {
        if (chunk.length === 1) return chunk[0]!.resolve(await single(base, lang, chunk[0]!))
        const results = await batch(base, lang, chunk)
        for (const p of chunk) p.resolve(results.get(p.key) ?? failure(500, 'Missing from the batch answer'))
      } catch (e) {
        // Network down, CORS refused, non-JSON: every card waiting on this request says so.
        for (const p of chunk) p.resolve(failure(0, e instanceof Error ? e.message : String(e)))
      }
    }),
  )
}

/** One lookup or comparison; shares a promise with identical calls and a request with near-simultaneous ones. */
export function load(base: string, lang: string, item: Item): Promise<AnyOutcome> {
  const key = itemKey(item)
  const cacheKey = `${base} ${lang} ${key}`
  let promise = cache.get(cacheKey)
  if (!promise) {
    promise = new Promise<AnyOutcome>((resolve) => {
      const qk = `${base} ${lang}`
      let queue = queues.get(qk)
      if (!queue) {
        queue = []
        queues.set(qk, queue)
        setTimeout(() => {
          queues.delete(qk)
          void flush(base, lang, queue!)
        }, WINDOW_MS)
      }
      queue.push({ key, item, resolve })
    })
    // Failures are not cached for the page's life: a later card may try again.
    void promise.then((o) => {
      if (!o.ok && o.status !== 404 && o.status !== 400) cache.delete(cacheKey)
    })
    cache.set(cacheKey, promise)
  }
  return promise
}

/** For tests: forget everything cached. */
export function clearCache() {
  cache.clear()
}
