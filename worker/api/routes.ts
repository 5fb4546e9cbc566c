// Every API route, declared once: path, method, parameters, bodies, limits, responses and cache policy. The
// handlers in worker/routes/ are mounted from these (http/route.ts validates their input from the schemas), and
// scripts/build-openapi.ts writes the OpenAPI document from the same objects. A new route or field starts here.
import * as v from 'valibot'
import { LOCALES } from '../../data/i18n/locales.ts'
import { API_CACHE } from '../http/cache-policy.ts'
import { apiRoute, type ResponseSpec } from '../http/route.ts'
import { EXPLAIN_RATE_LIMIT } from '../middleware/rate-limit.ts'
import { BATCH_MAX, EXPLAIN_MAX_BYTES, MATRIX_MAX, MATRIX_MIN, PASTE_MAX_BYTES, SHORT_REPLY_MAX } from './limits.ts'

// Query values arrive as a string, or as an array when repeated; a value meant once must be given once.
const ONCE = 'give it once'
const oneOf = <const T extends readonly string[]>(values: T, description: string) =>
  v.optional(v.pipe(v.string(ONCE), v.picklist(values, `must be one of ${values.join(', ')}`), v.description(description)))
const repeatable = (description: string, example: string) =>
  v.optional(v.pipe(v.union([v.string(), v.array(v.string())]), v.description(description), v.examples([example])))
const code = (description: string, example: string) => v.pipe(v.string(), v.description(description), v.examples([example]))
// A required key that is missing gets the object's message.
const REQUIRED = 'required'

const lang = oneOf(LOCALES, 'Language of the answer; else Accept-Language; else en.')
const format = oneOf(['json', 'text'], 'Force JSON or plain text regardless of Accept.')
const common = { lang, format }

const problem = (description: string): ResponseSpec => ({ description, json: 'Problem' })

export const LIST_CODES = apiRoute({
  operationId: 'listCodes',
  method: 'get',
  path: '/v1/codes',
  summary: 'List every code in the catalog',
  query: v.object(
    {
      kind: oneOf(['basic', 'enhanced'], 'Only basic or only enhanced codes.'),
      class: oneOf(['2', '3', '4', '5'], 'Only codes of this class.'),
      ...common,
    },
    REQUIRED,
  ),
  cache: API_CACHE,
  responses: {
    200: { description: 'Compact list (as text: one code a line)', json: 'CodeList', text: true },
    400: problem('Invalid filter'),
  },
})

export const LOOKUP_CODE = apiRoute({
  operationId: 'lookupCode',
  method: 'get',
  path: '/v1/codes/:code',
  summary: 'Look up one code, or a basic and an enhanced code together',
  params: v.object({
    code: code(
      'A basic code (535), an enhanced code (5.7.8), or both in either order ("535 5.7.8", 535-5.7.8, 535+5.7.8, 5.7.8-535); or a registry row: X.7.0 answers every class it is registered for, X.1.10 (used in class 5 only) is 5.1.10. Full-width digits and words around the code ("error 550") are read too; `query` in the answer is the canonical form.',
      '535-5.7.8',
    ),
  }),
  query: v.object(common, REQUIRED),
  cache: API_CACHE,
  responses: {
    200: { description: 'The entries: one, or two for a combined query', json: 'CodeLookup', text: true },
    400: problem('Malformed code or parameter'),
    404: problem('Well-formed but unassigned code; the problem says what its class means'),
  },
})

export const COMPARE_PAIR = apiRoute({
  operationId: 'comparePair',
  method: 'get',
  path: '/v1/compare/:a/:b',
  summary: 'Compare two codes side by side',
  params: v.object({
    a: code(
      "Basic or enhanced code. A registry row (X.7.0) takes the other side's class where it is registered for it; a whole reply (535-5.7.8) is compared by its enhanced code, the finer of the two.",
      '252',
    ),
    b: code('Like a.', '535'),
  }),
  query: v.object(common, REQUIRED),
  cache: API_CACHE,
  responses: {
    200: { description: 'Both entries, a summary and the aspects, differences first', json: 'Comparison', text: true },
    400: problem('One side is malformed (`side` says which), or a parameter is invalid'),
    404: problem('One side is unassigned (`side` says which)'),
  },
})

export const COMPARE_GROUP = apiRoute({
  operationId: 'compareGroup',
  method: 'get',
  path: '/v1/compare',
  summary: `Compare a group of ${MATRIX_MIN} to ${MATRIX_MAX} codes pairwise`,
  query: v.object(
    {
      codes: v.pipe(v.string(ONCE), v.description(`Comma-separated codes, ${MATRIX_MIN} to ${MATRIX_MAX}.`), v.examples(['252,535,550'])),
      ...common,
    },
    REQUIRED,
  ),
  cache: API_CACHE,
  responses: {
    200: { description: 'Every pair with its summary and the aspects that differ', json: 'ComparisonMatrix', text: true },
    400: problem('Too few or too many codes, or a malformed one'),
    404: problem('An unassigned code'),
  },
})

export const BATCH = apiRoute({
  operationId: 'batch',
  method: 'get',
  path: '/v1/batch',
  summary: `Several lookups and comparisons at once (at most ${BATCH_MAX})`,
  query: v.object(
    {
      compare: repeatable('A pair as a:b, e.g. 252:535. Repeatable.', '252:535'),
      code: repeatable('A code or combined code, e.g. 535-5.7.8. Repeatable.', '535-5.7.8'),
      ...common,
    },
    REQUIRED,
  ),
  cache: API_CACHE,
  responses: {
    200: { description: 'One result per item, each ok or with its own problem (as text: each answer in turn)', json: 'Batch', text: true },
    400: problem(`No items, more than ${BATCH_MAX}, or an invalid parameter`),
  },
})

export const EXPLAIN_QUERY = apiRoute({
  operationId: 'explainQuery',
  method: 'get',
  path: '/v1/explain',
  summary: 'Explain one reply given in the query string',
  description: `Up to ${SHORT_REPLY_MAX} characters (the longest reply line RFC 5321 allows) this is a lookup: cacheable and not throttled. Longer text is answered no-store and shares the POST route's throttle; paste text by POST.`,
  query: v.object(
    {
      reply: v.pipe(
        v.string(ONCE),
        v.maxLength(EXPLAIN_MAX_BYTES, `at most ${EXPLAIN_MAX_BYTES} characters`),
        v.description('The reply, log line or bounce excerpt.'),
        v.examples(['535 5.7.8 Authentication credentials invalid']),
      ),
      ...common,
    },
    REQUIRED,
  ),
  cache: API_CACHE,
  rateLimit: { ...EXPLAIN_RATE_LIMIT, when: (c) => (c.req.query('reply') ?? '').length > SHORT_REPLY_MAX },
  responses: {
    200: { description: 'What the reply means', json: 'Explanation', text: true },
    400: problem('Missing or over-long reply parameter'),
    422: problem('The text holds no SMTP reply code'),
  },
})

const DSN_EXAMPLE = [
  'From: MAILER-DAEMON@mx.example.org',
  'Subject: Undelivered Mail Returned to Sender',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
  '',
  '--b',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.org',
  '',
  'Final-Recipient: rfc822; bob@example.com',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.com',
  'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown',
  '',
  '--b--',
  '',
].join('\r\n')

export const EXPLAIN_BODY = apiRoute({
  operationId: 'explainBody',
  method: 'post',
  path: '/v1/explain',
  summary: 'Explain a reply, a whole bounce message or a mail log excerpt',
  description: [
    'Three forms, told apart by the text itself (or by `Content-Type: message/rfc822`, which says it is a message):',
    `**One reply** (a bare or multiline reply, or one Postfix/Exim/Sendmail/DSN line quoting it; at most ${EXPLAIN_MAX_BYTES / 1024} KiB) is answered with an \`Explanation\`, as always.`,
    `**A whole bounce message** (RFC 3464 \`multipart/report\` DSN, \`message/global-delivery-status\`, Exchange/Microsoft 365 NDR, Gmail, Yahoo, qmail, Postfix, Exim or Sendmail bounce text; text that starts with header fields, or a delivery-status block on its own) and **a log excerpt** (two or more lines, Postfix \`status=\`, Exim \`**\` \`==\` \`=>\`, Sendmail \`stat=\`) are answered with a \`DeliveryReport\`: \`recipients[]\` (action, status, remote MTA, the reply and its \`Explanation\`), a \`summary\` by action, reason, domain and hard/soft, and for a message the original's Message-ID, Subject and Date. At most ${PASTE_MAX_BYTES / 1024} KiB; the returned original's body is cut before parsing and never echoed; a message of more than 500 MIME parts or 1500 lines (once the original is cut) gets 422.`,
    'Every answer is `Cache-Control: no-store`, and nothing posted is logged.',
  ].join('\n\n'),
  query: v.object(common, REQUIRED),
  body: {
    description: 'The text as it is, or wrapped in JSON.',
    media: {
      'text/plain': { schema: 'string', example: '550-5.1.1 The email account does not exist.\r\n550 5.1.1 Check the address.' },
      'application/json': { schema: 'ExplainRequest', example: { reply: '535 5.7.8 Authentication credentials invalid' } },
      'message/rfc822': { schema: 'string', example: DSN_EXAMPLE },
      'message/global': { schema: 'string', example: DSN_EXAMPLE },
    },
  },
  bodyLimit: PASTE_MAX_BYTES,
  rateLimit: EXPLAIN_RATE_LIMIT,
  responses: {
    200: {
      description: 'An Explanation for one reply; a DeliveryReport for a message or a log (Cache-Control: no-store: pasted text stays out of caches)',
      json: 'ExplainResult',
      text: true,
    },
    400: problem('Invalid JSON body or parameter'),
    413: problem(`Body over ${PASTE_MAX_BYTES / 1024} KiB, or one reply over ${EXPLAIN_MAX_BYTES / 1024} KiB`),
    422: problem(
      'The text holds no SMTP reply code, or the message is no bounce: an automatic reply (RFC 3834), a feedback report (RFC 5965) or a read receipt (RFC 8098) (no-reply-code); or the message cannot be read as MIME or is too complex for a bounce (unreadable-message)',
    ),
  },
})

// oEmbed (oembed.com): CMSs that auto-embed links ask this for a pasted code or comparison page URL.
export const OEMBED = apiRoute({
  operationId: 'oembed',
  method: 'get',
  path: '/oembed',
  summary: 'oEmbed for a code or comparison page: the card as an HTML snippet',
  description:
    'The `rich` type, whose `html` loads the widget script and holds the card element (no iframe). Only URLs of this site are embedded (other hosts: 400); a URL that is no code or comparison page, or names an unassigned code, gets 404; a `format` other than json gets 501, as the oEmbed spec asks.',
  query: v.object(
    {
      url: v.pipe(
        v.string(ONCE),
        v.maxLength(2048, 'at most 2048 characters'),
        v.description('A code or comparison page of this site.'),
        v.examples(['https://smtp.example/compare/252-vs-535']),
      ),
      format: v.optional(v.pipe(v.string(ONCE), v.description('Only json is implemented.'))),
      maxwidth: v.optional(
        v.pipe(v.string(ONCE), v.regex(/^[0-9]{1,5}$/, 'must be a whole number of pixels'), v.description('Largest width the consumer can show.')),
      ),
      maxheight: v.optional(
        v.pipe(v.string(ONCE), v.regex(/^[0-9]{1,5}$/, 'must be a whole number of pixels'), v.description('Largest height the consumer can show.')),
      ),
    },
    REQUIRED,
  ),
  cache: API_CACHE,
  responses: {
    200: { description: 'The card as an oEmbed rich answer', json: 'OEmbed' },
    400: problem('Missing or malformed url, a URL of another host, or a bad maxwidth/maxheight'),
    404: problem('The URL is no code or comparison page, or names an unassigned code'),
    501: problem('A format other than json'),
  },
})

/** In the order the document lists them. */
export const API_ROUTES = [LIST_CODES, LOOKUP_CODE, COMPARE_PAIR, COMPARE_GROUP, BATCH, EXPLAIN_QUERY, EXPLAIN_BODY, OEMBED]
