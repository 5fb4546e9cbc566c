// 405 with Allow for known paths asked with the wrong method (Hono's router alone would say 404).
import { LOCALE_PATTERN } from '../core/locale.ts'

const ROUTES: Array<[RegExp, string[]]> = [
  [/^\/v1\/explain$/, ['GET', 'HEAD', 'POST', 'OPTIONS']],
  [/^\/v1\/(?:codes(?:\/[^/]+)?|compare(?:\/[^/]+\/[^/]+)?|batch)$/, ['GET', 'HEAD', 'OPTIONS']],
  [/^\/(?:openapi\.json|healthz)$/, ['GET', 'HEAD']],
  // Pages, with or without a language prefix, and the static assets: read-only.
  [new RegExp(`^(?:/${LOCALE_PATTERN})?(?:/|/codes(?:/[^/]+)?|/compare/[^/]+|/explain|/search)?$`), ['GET', 'HEAD']],
  [/^\/(?:sitemap\.xml|robots\.txt|demo(?:\.js|\.css)?|widget(?:\.[0-9a-f]+|-[a-z]+-[A-Z0-9]+)?\.js|styles\.[0-9a-f]+\.css)$/, ['GET', 'HEAD']],
]

/** The methods a known path accepts, or undefined when the path is not one of ours. */
export function allowedMethods(path: string): string[] | undefined {
  for (const [pattern, methods] of ROUTES) if (pattern.test(path)) return methods
  return undefined
}
