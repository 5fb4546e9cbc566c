// RFC 9457 problem details: the only error format of the API.
import type { Context } from 'hono'
import type { ClassInfo } from '../../data/classes.ts'
import type { Problem } from '../api/schemas.ts'
import { CLIENT_ERROR_CACHE, NO_STORE } from './cache-policy.ts'

/** Stable problem types; the URI is documentation, relative to the API's origin. */
export const PROBLEM_TITLES = {
  'malformed-code': 'Malformed SMTP code',
  'unknown-code': 'Unassigned SMTP code',
  'invalid-parameter': 'Invalid parameter',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  'payload-too-large': 'Request body too large',
  'unsupported-media-type': 'Unsupported media type',
  'invalid-body': 'Invalid request body',
  'no-reply-code': 'No SMTP reply code found',
  'rate-limited': 'Too many requests',
  'format-not-implemented': 'Format not implemented',
  'internal-error': 'Internal error',
} as const
export type ProblemKind = keyof typeof PROBLEM_TITLES

export function problemBody(
  kind: ProblemKind,
  status: number,
  detail: string,
  extra: { classInfo?: ClassInfo; side?: 'a' | 'b'; instance?: string } = {},
): Problem {
  const { classInfo, ...rest } = extra
  return {
    type: `/problems/${kind}`,
    title: PROBLEM_TITLES[kind],
    status,
    detail,
    ...rest,
    ...(classInfo
      ? { classInfo: { class: classInfo.class, name: classInfo.name, meaning: classInfo.meaning, retry: classInfo.retry } }
      : {}),
  }
}

/**
 * Deterministic client errors on GET (malformed or unknown code) may be cached briefly at the edge; anything that
 * depends on a request body or on load is never cached.
 */
export function problem(
  c: Context,
  kind: ProblemKind,
  status: 400 | 404 | 405 | 406 | 413 | 415 | 422 | 429 | 500 | 501,
  detail: string,
  extra: Parameters<typeof problemBody>[3] = {},
  headers: Record<string, string> = {},
): Response {
  const cacheable = (status === 400 || status === 404) && (c.req.method === 'GET' || c.req.method === 'HEAD')
  return new Response(JSON.stringify(problemBody(kind, status, detail, extra)), {
    status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': cacheable ? CLIENT_ERROR_CACHE : NO_STORE,
      ...headers,
    },
  })
}
