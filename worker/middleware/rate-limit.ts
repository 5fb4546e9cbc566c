// Per-client throttle for expensive routes, backed by the Workers rate limiting binding.
import type { Context, MiddlewareHandler } from 'hono'
import { problem } from '../http/problem.ts'

/** Structural view of the binding so tests can hand in a fake and the module does not depend on generated types. */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>
}

export interface RateLimitOptions {
  /** Name of the binding in env; the middleware does nothing when it is absent (local tools, other deployments). */
  binding: string
  /** Seconds a refused client should wait: the binding's period, since it does not tell when its window resets. */
  retryAfter: number
  /** Namespaces keys so one binding could serve several routes without them sharing a budget. */
  scope: string
  /** Only requests this returns true for are counted (a short GET lookup is not pasted text); default: all. */
  when?: (c: Context) => boolean
}

function limiterFrom(c: Context, name: string): RateLimiter | undefined {
  const candidate = (c.env as Record<string, unknown> | undefined)?.[name]
  return candidate && typeof (candidate as RateLimiter).limit === 'function' ? (candidate as RateLimiter) : undefined
}

export function rateLimit({ binding, retryAfter, scope, when }: RateLimitOptions): MiddlewareHandler {
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
    if (allowed) return next()
    return problem(
      c,
      'rate-limited',
      429,
      `Too many requests from this address; try again in ${retryAfter} seconds.`,
      {},
      {
        'Retry-After': String(retryAfter),
      },
    )
  }
}

/**
 * The one throttle for every route that runs the reply parser on pasted text (POST and long GET /v1/explain, the
 * /explain page, the search box): one budget per client, so that no route is a way around another. The period
 * matches wrangler.toml's [[ratelimits]] EXPLAIN_LIMITER.
 */
export const EXPLAIN_RATE_LIMIT: RateLimitOptions = { binding: 'EXPLAIN_LIMITER', retryAfter: 60, scope: 'explain' }
export const explainRateLimit = (when?: (c: Context) => boolean): MiddlewareHandler => rateLimit({ ...EXPLAIN_RATE_LIMIT, ...(when ? { when } : {}) })
