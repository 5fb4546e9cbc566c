// RFC 9457 problem details: the only error format of the API.
import type { Context } from 'hono'
import type { ClassInfo } from '../../data/classes.ts'
import { EXPLAIN_MAX_BYTES, EXPLAIN_RATE, PASTE_MAX_BYTES, SHORT_REPLY_MAX } from '../api/limits.ts'
import type { Problem } from '../api/schemas.ts'
import type { NotBounce } from '../core/bounce-parser.ts'
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
  'unreadable-message': 'Unreadable message',
  'rate-limited': 'Too many requests',
  'format-not-implemented': 'Format not implemented',
  'method-not-implemented': 'Method not implemented',
  'internal-error': 'Internal error',
} as const
export type ProblemKind = keyof typeof PROBLEM_TITLES

/**
 * What each problem type means and what to do, served at its `type` URI (/problems/{kind}) so that the URI a client
 * gets resolves to this documentation (RFC 9457 §3.1.1: relative to the request's URI).
 */
export const PROBLEM_DOCS: Record<ProblemKind, { status: string; meaning: string; action: string }> = {
  'malformed-code': {
    status: '400',
    meaning:
      'The path or parameter holds something that is not an SMTP code: a basic code has three digits (first digit 2-5), an enhanced code is class.subject.detail (class 2, 4 or 5), a registry row is X.subject.detail.',
    action: 'Send a code such as 535, 5.7.8, 535-5.7.8 or X.7.0. The detail says what was wrong; in a comparison, `side` says which side.',
  },
  'unknown-code': {
    status: '404',
    meaning: 'The code is well-formed but not assigned: no RFC defines the basic code, or the IANA enhanced status code registry has no such row.',
    action:
      '`classInfo` says what the class would mean, which is how a client must read an unknown code (RFC 5321 §4.2.1, RFC 3463 §2). Vendors sometimes send codes of their own; read them by class.',
  },
  'invalid-parameter': {
    status: '400',
    meaning: 'A query parameter is missing, repeated, too long or not one of its allowed values.',
    action: 'The detail names each parameter and its rule; the rules are in /openapi.json.',
  },
  'not-found': { status: '404', meaning: 'There is no API endpoint at this path.', action: 'The endpoints are listed in /openapi.json.' },
  'method-not-allowed': {
    status: '405',
    meaning: 'The path exists but does not accept this method.',
    action: 'Use one of the methods in the Allow header.',
  },
  'payload-too-large': {
    status: '413',
    meaning: `The request body is over the route's limit: for POST /v1/explain ${PASTE_MAX_BYTES / 1024} KiB for a bounce message or a log, and ${EXPLAIN_MAX_BYTES / 1024} KiB for one reply.`,
    action: 'Send only the reply or the part of the bounce that holds it.',
  },
  'unsupported-media-type': {
    status: '415',
    meaning: 'The body is neither text/plain nor application/json.',
    action: 'Send the reply as text/plain, or as application/json {"reply": "..."}.',
  },
  'invalid-body': {
    status: '400',
    meaning: 'A JSON body is not valid JSON, or it has no string "reply" member.',
    action: 'Send {"reply": "550 5.1.1 ..."} or the text itself as text/plain.',
  },
  'no-reply-code': {
    status: '422',
    meaning:
      'The text holds no SMTP reply code: no three-digit code 2xx-5xx at the start of a line or after a known log wrapper, and no enhanced code. A message that is no bounce gets it too, its detail saying which: an automatic reply (an out-of-office notice, RFC 3834), a feedback report (a complaint, RFC 5965) or a read receipt (RFC 8098), none of which reports a failed delivery.',
    action: 'Paste what the server sent ("550 5.1.1 User unknown") or a log or bounce line that quotes it; for a message, the bounce itself.',
  },
  'unreadable-message': {
    status: '422',
    meaning:
      'A posted message could not be read as MIME (nesting past 32 levels, header fields over 128 KiB), or is too complex for a bounce: more than 500 MIME parts, or more than 1500 lines once its returned original is cut.',
    action: 'Send the bounce as it arrived, or only its delivery-status part; for very many recipients, send the log lines instead.',
  },
  'rate-limited': {
    status: '429',
    meaning: `This client sent more pasted text than the throttle allows: ${EXPLAIN_RATE.limit} requests per ${EXPLAIN_RATE.period} seconds per address, shared by POST /v1/explain, GET /v1/explain with a reply over ${SHORT_REPLY_MAX} characters, the /explain page and the search box (those two answer with an HTML page).`,
    action: `Wait the number of seconds in Retry-After. \`RateLimit-Policy: "explain";q=${EXPLAIN_RATE.limit};w=${EXPLAIN_RATE.period}\` states the quota, \`RateLimit: "explain";r=0;t=${EXPLAIN_RATE.period}\` that none is left. Short lookups (codes, comparisons, one reply line) are not throttled.`,
  },
  'format-not-implemented': {
    status: '501',
    meaning: 'The oEmbed endpoint was asked for a format it does not implement (only JSON is).',
    action: 'Ask /oembed with format=json, or without format.',
  },
  'method-not-implemented': {
    status: '501',
    meaning:
      'The method is one this service serves on no path (it serves GET, HEAD, POST and OPTIONS), such as TRACE or PROPFIND. On a path that exists the answer is 405 with Allow instead. A CONNECT (a tunnel) is refused by closing the connection.',
    action: 'Use GET (or POST for /v1/explain and the forms); /openapi.json lists every endpoint and its methods.',
  },
  'internal-error': { status: '500', meaning: 'Something went wrong on our side.', action: 'Try again later.' },
}

export function problemBody(
  kind: ProblemKind,
  status: number,
  detail: string,
  extra: { classInfo?: ClassInfo; side?: 'a' | 'b'; instance?: string; nearest?: string[]; notBounce?: NotBounce } = {},
): Problem {
  const { classInfo, ...rest } = extra
  return {
    type: `/problems/${kind}`,
    title: PROBLEM_TITLES[kind],
    status,
    detail,
    ...rest,
    ...(classInfo ? { classInfo: { class: classInfo.class, name: classInfo.name, meaning: classInfo.meaning, retry: classInfo.retry } } : {}),
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
