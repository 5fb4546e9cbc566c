// 405 with Allow for known paths asked with the wrong method (Hono's router alone would say 404).
const ROUTES: Array<[RegExp, string[]]> = [
  [/^\/v1\/explain$/, ['GET', 'HEAD', 'POST', 'OPTIONS']],
  [/^\/v1\/(?:codes(?:\/[^/]+)?|compare(?:\/[^/]+\/[^/]+)?|batch)$/, ['GET', 'HEAD', 'OPTIONS']],
  [/^\/(?:openapi\.json|healthz)$/, ['GET', 'HEAD']],
]

/** The methods a known path accepts, or undefined when the path is not one of ours. */
export function allowedMethods(path: string): string[] | undefined {
  for (const [pattern, methods] of ROUTES) if (pattern.test(path)) return methods
  return undefined
}
