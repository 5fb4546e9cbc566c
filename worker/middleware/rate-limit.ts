// Per-client throttle for expensive routes, backed by the Workers rate limiting binding.
import type { Context, MiddlewareHandler } from 'hono'
import { EXPLAIN_RATE } from '../api/limits.ts'
import { problem } from '../http/problem.ts'

/** Structural view of the binding so tests can hand in a fake and the module does not depend on generated types. */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>
}

export interface RateLimitOptions {
  /** Name of the binding in env; the middleware does nothing when it is absent (local tools, other deployments). */
  binding: string
  /** Requests per period, as the binding is configured in wrangler.toml (the binding cannot be asked). */
  limit: number
  /** Seconds of the binding's window; also what a refused client is told to wait, since the binding does not say when its window resets. */
  period: number
  /** Namespaces keys so one binding could serve several routes without them sharing a budget; also the policy's name in RateLimit headers. */
  scope: string
  /** Only requests this returns true for are counted (a short GET lookup is not pasted text); default: all. */
  when?: (c: Context) => boolean
  /** The refusal for this route; default: a 429 problem+json. Pages answer with an HTML page instead. */
  refuse?: (c: Context, headers: Record<string, string>) => Response | Promise<Response>
}

function limiterFrom(c: Context, name: string): RateLimiter | undefined {
  const candidate = (c.env as Record<string, unknown> | undefined)?.[name]
  return candidate && typeof (candidate as RateLimiter).limit === 'function' ? (candidate as RateLimiter) : undefined
}

/**
 * The throttle's headers (draft-ietf-httpapi-ratelimit-headers): the policy on every counted answer, and on a refusal
 * also Retry-After and the remaining quota, which is then known to be 0. Allowed answers carry no `RateLimit` field
 * because the binding does not tell how much of the window is left.
 */
export function rateLimitHeaders(
  { limit, period, scope }: Pick<RateLimitOptions, 'limit' | 'period' | 'scope'>,
  refused: boolean,
): Record<string, string> {
  const policy = { 'RateLimit-Policy': `"${scope}";q=${limit};w=${period}` }
  return refused ? { 'Retry-After': String(period), ...policy, RateLimit: `"${scope}";r=0;t=${period}` } : policy
}

const refuseWithProblem = (c: Context, period: number, headers: Record<string, string>) =>
  problem(c, 'rate-limited', 429, `Too many requests from this address; try again in ${period} seconds.`, {}, headers)

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const { binding, period, scope, when, refuse } = options
  const allowedHeaders = rateLimitHeaders(options, false)
  const refusedHeaders = rateLimitHeaders(options, true)
  return async (c, next) => {
    const limiter = limiterFrom(c, binding)
    if (!limiter || (when && !when(c))) return next()
    // CF-Connecting-IP is set by Cloudflare's edge and cannot be forged by the client there; without it (local
    // dev) every caller shares one bucket, which errs on the side of limiting.
    const ip = c.req.header('CF-Connecting-IP') ?? 'unknown'
    let allowed = true
    try {
      allowed = (await limiter.limit({ key: `${scope}:${ip}` })).success
    } catch (err) {
      // A limiter outage must not take the API down with it: fail open and leave a trace.
      console.error('rate limiter unavailable', err)
    }
    if (!allowed) return refuse ? refuse(c, refusedHeaders) : refuseWithProblem(c, period, refusedHeaders)
    await next()
    for (const [name, value] of Object.entries(allowedHeaders)) c.res.headers.set(name, value)
  }
}

/**
 * The one throttle for every route that runs the reply parser on pasted text (POST and long GET /v1/explain, the
 * /explain page, the search box): one budget per client, so that no route is a way around another. `limit` and
 * `period` are wrangler.toml's [[ratelimits]] EXPLAIN_LIMITER (test/node/readme-numbers.test.ts compares them).
 */
export const EXPLAIN_RATE_LIMIT: RateLimitOptions = { binding: 'EXPLAIN_LIMITER', ...EXPLAIN_RATE, scope: 'explain' }
export const explainRateLimit = (extra: Pick<RateLimitOptions, 'when' | 'refuse'> = {}): MiddlewareHandler =>
  rateLimit({ ...EXPLAIN_RATE_LIMIT, ...extra })
