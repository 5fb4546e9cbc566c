// The API's response shapes: the one source for the OpenAPI document (routes), the worker's types and the
// widget's types. The widget imports these with `import type`, so zod never reaches its bundle.
import { z } from '@hono/zod-openapi'
import { BASES, BOUNCE_KINDS, CONFIDENCES, REASON_IDS } from '../../data/diagnosis/types.ts'
import { ACTORS, RETRY_ADVICE, STAGES } from '../../data/schema.ts'

export const KindSchema = z.enum(['basic', 'enhanced']).openapi('Kind')
export const ClassSchema = z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).openapi('ReplyClass')
export const StageSchema = z.enum(STAGES).openapi('Stage')

export const ReferenceSchema = z
  .object({
    /** "RFC 5321 §4.2.3" or "IANA SMTP Enhanced Status Codes registry". */
    label: z.string(),
    url: z.string().url(),
    rfc: z.number().int().optional(),
    section: z.string().optional(),
  })
  .openapi('Reference')

export const ClassInfoSchema = z
  .object({
    class: ClassSchema,
    name: z.string(),
    meaning: z.string(),
    retry: z.enum(RETRY_ADVICE),
  })
  .openapi('ClassInfo')

/** One line of a list: enough to render a link or a badge. */
export const CodeSummarySchema = z
  .object({
    /** As looked up: "535", "5.7.8". For registry listings of enhanced codes, the key "X.7.8". */
    code: z.string(),
    kind: KindSchema,
    title: z.string(),
    /** Absent only for an enhanced registry key listed without a class. */
    class: ClassSchema.optional(),
    /** Classes an enhanced code is used with. */
    classes: z.array(ClassSchema).optional(),
  })
  .openapi('CodeSummary')

export const ContextSchema = z
  .object({
    stages: z.array(StageSchema),
    extension: z.string().optional(),
    title: z.string(),
    description: z.string(),
    enhanced: z.array(z.string()),
    references: z.array(ReferenceSchema),
  })
  .openapi('CodeContext')

/** A full entry, localized, with the class resolved (5.7.8 → class 5 of registry key X.7.8). */
export const CodeEntrySchema = z
  .object({
    code: z.string(),
    kind: KindSchema,
    /** Enhanced only: the registry key this code resolves to ("X.7.8"). */
    registryKey: z.string().optional(),
    title: z.string(),
    class: ClassSchema,
    classInfo: ClassInfoSchema,
    /** Enhanced only: subject of the middle number, e.g. "Security or Policy Status". */
    subject: z.string().optional(),
    summary: z.string(),
    description: z.string(),
    whenSeen: z.string(),
    stages: z.array(StageSchema),
    fix: z.object({ sender: z.string(), admin: z.string() }),
    retry: z.object({ advice: z.enum(RETRY_ADVICE), actor: z.enum(ACTORS), note: z.string().optional() }),
    references: z.array(ReferenceSchema),
    related: z.array(z.string()),
    /** Present and false for a code in no RFC that servers send anyway (Microsoft's 5.7.606, 422, 571). */
    registered: z.boolean().optional(),
    /** For such a code: who sends it. */
    usedBy: z.string().optional(),
    /** Usual partners: enhanced codes for a basic code, basic codes for an enhanced one. */
    pairings: z.array(z.string()),
    contexts: z.array(ContextSchema).optional(),
    /** Enhanced only: the IANA registry row, verbatim. */
    registry: z.object({ sampleText: z.string(), associatedBasic: z.string(), description: z.string(), reference: z.string() }).optional(),
    /** Enhanced only: false when the class is one the registry does not list for this code (e.g. 2.7.8). */
    usualClass: z.boolean().optional(),
    /**
     * Present when another language was asked for but some prose is not translated: those fields are in `lang`
     * (English). Languages without catalog prose list every prose field.
     */
    fallback: z.object({ lang: z.literal('en'), fields: z.array(z.string()) }).optional(),
  })
  .openapi('CodeEntry')

export const CodeListSchema = z.object({ count: z.number().int(), codes: z.array(CodeSummarySchema) }).openapi('CodeList')

export const CodeLookupSchema = z.object({ query: z.string(), lang: z.string(), entries: z.array(CodeEntrySchema).min(1) }).openapi('CodeLookup')

export const ASPECTS = ['class', 'retry', 'actor', 'stage', 'rfc', 'pairings', 'kind'] as const
export const AspectSchema = z
  .object({
    aspect: z.enum(ASPECTS),
    label: z.string(),
    a: z.string(),
    b: z.string(),
    /** True when both codes agree on this aspect. */
    shared: z.boolean(),
  })
  .openapi('Aspect')

export const CuratedNoteSchema = z.object({ text: z.string(), references: z.array(ReferenceSchema) }).openapi('CuratedNote')

export const ComparisonSchema = z
  .object({
    lang: z.string(),
    a: CodeEntrySchema,
    b: CodeEntrySchema,
    same: z.boolean(),
    summary: z.string(),
    /** Every aspect, differences first; `shared` marks the ones where a and b agree. */
    aspects: z.array(AspectSchema),
    note: CuratedNoteSchema.optional(),
    /** Canonical human page for this pair. */
    page: z.string(),
  })
  .openapi('Comparison')

export const MatrixSchema = z
  .object({
    lang: z.string(),
    codes: z.array(CodeSummarySchema),
    pairs: z.array(
      z.object({
        a: z.string(),
        b: z.string(),
        summary: z.string(),
        differing: z.array(z.enum(ASPECTS)),
        note: z.string().optional(),
      }),
    ),
  })
  .openapi('ComparisonMatrix')

export const ExplanationWarningSchema = z
  .object({
    kind: z.enum([
      'class-mismatch',
      'malformed-multiline',
      'unregistered-enhanced',
      'unknown-basic',
      'mixed-codes',
      'unusual-class',
      'implied-status',
    ]),
    message: z.string(),
  })
  .openapi('ExplanationWarning')

/** Why a reply failed and what to do (issue 13): decided by the server's words first, its codes second. */
export const DiagnosisSchema = z
  .object({
    /** One of the reason ids; `unknown` when neither the words nor the codes say more. */
    reason: z.enum(REASON_IDS).openapi('DiagnosisReason'),
    /** The reason in words, in the answer's language. */
    title: z.string(),
    summary: z.string(),
    /** `hard`: the address itself is bad, stop sending to it; `soft`: any other failure; `none`: 2xx and 3xx. */
    bounce: z.enum(BOUNCE_KINDS),
    actor: z.enum(ACTORS),
    /** Concrete actions, in the answer's language (English where no translation exists). */
    steps: z.array(z.string()),
    /** What decided it: the words, the enhanced code or only the basic code. */
    basis: z.enum(BASES),
    /** The words that decided it (offsets are UTF-16 indexes into the explanation's `text`); only for basis `text`. */
    evidence: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).optional(),
    /** The provider or blocklist the reply comes from or names, with its own code when the reply carries one. */
    provider: z.object({ id: z.string(), name: z.string(), code: z.string().optional(), url: z.string() }).optional(),
    confidence: z.enum(CONFIDENCES),
    /** The id of the rule that decided, in data/diagnosis/rules/. */
    rule: z.string().optional(),
  })
  .openapi('Diagnosis')

export const ExplanationSchema = z
  .object({
    lang: z.string(),
    basic: z.string().optional(),
    enhanced: z.string().optional(),
    class: ClassSchema,
    classInfo: ClassInfoSchema,
    /** The server's own words, continuation lines joined, codes stripped. */
    text: z.string(),
    /** Stage the input names (Postfix "in reply to RCPT TO", Exim "after RCPT TO"), when it does. */
    stage: StageSchema.optional(),
    retry: z.object({ advice: z.enum(RETRY_ADVICE), actor: z.enum(ACTORS), note: z.string().optional() }),
    entries: z.array(CodeEntrySchema),
    warnings: z.array(ExplanationWarningSchema),
    diagnosis: DiagnosisSchema,
  })
  .openapi('Explanation')

/** RFC 9457 problem details, with optional extension members. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    /** For a well-formed but unassigned code: what its class would mean. */
    classInfo: ClassInfoSchema.optional(),
    /** For compare: which side is unknown or malformed ("a" or "b"). */
    side: z.enum(['a', 'b']).optional(),
    /** For a well-formed but unassigned code: the assigned codes nearest to it, as its page lists them. */
    nearest: z.array(z.string()).optional(),
    /** For POST /v1/explain: the message is no bounce but an automatic reply, a feedback report or a read receipt. */
    notBounce: z.enum(['auto-reply', 'feedback-report', 'read-receipt']).optional(),
  })
  .openapi('Problem')

/**
 * Many lookups and comparisons in one cacheable GET, for pages with many widgets:
 * /v1/batch?compare=252:535&compare=450:550&code=550&code=535-5.7.8 (at most 50 items).
 * Each result carries its own key ("compare:252:535", "code:550") and succeeds or fails on its own.
 */
export const BatchResultSchema = z
  .object({
    key: z.string(),
    ok: z.boolean(),
    comparison: ComparisonSchema.optional(),
    lookup: CodeLookupSchema.optional(),
    problem: ProblemSchema.optional(),
  })
  .openapi('BatchResult')
export const BatchSchema = z.object({ lang: z.string(), results: z.array(BatchResultSchema) }).openapi('Batch')

/** One recipient of a pasted bounce message or log: what happened and what its reply means. */
export const RecipientResultSchema = z
  .object({
    recipient: z.string(),
    /** RFC 3464 §2.3.3 actions; logs: Postfix status=, Exim **, ==, =>, Sendmail stat=. */
    action: z.enum(['failed', 'delayed', 'delivered', 'relayed', 'expanded']),
    /**
     * The enhanced status code: the one the reporting MTA assigned (DSN Status, Postfix/Sendmail dsn=), or the
     * remote's, quoted in the reply, where the MTA wrote only the class (Exim, OpenSMTPD: 5.0.0 or 4.0.0).
     */
    status: z.string().optional(),
    /** The class-only status the MTA wrote, present when `status` was taken from the quoted reply instead. */
    reportedStatus: z.string().optional(),
    remoteMta: z.string().optional(),
    /** The remote's reply, or the MTA's own words (DSN Diagnostic-Code without its type, the log's reason). */
    diagnosticCode: z.string().optional(),
    /** What POST /v1/explain answers for that reply; absent when the recipient's line carries no code at all. */
    explanation: ExplanationSchema.optional(),
    /** Logs only. */
    software: z.enum(['postfix', 'exim', 'sendmail', 'haraka', 'exchange']).optional(),
    queueId: z.string().optional(),
    time: z.string().optional(),
    /** Logs only: this server refused the recipient at SMTP time. */
    direction: z.literal('inbound').optional(),
  })
  .openapi('RecipientResult')

/** A pasted bounce message or log excerpt: one item per recipient or delivery line, and a summary. */
export const DeliveryReportSchema = z
  .object({
    kind: z.enum(['message', 'log']),
    lang: z.string(),
    /** For a message: the returned original's Message-ID, Subject (RFC 2047 decoded) and Date (ISO 8601 when it parses); the body is never echoed. */
    message: z.object({ messageId: z.string().optional(), subject: z.string().optional(), date: z.string().optional() }).optional(),
    /** For a message: read from its delivery-status part, or from the text written for people. */
    source: z.enum(['delivery-status', 'text']).optional(),
    /** At most 300, in order; past that each bounced or deferred recipient is chosen first. The summary counts all. */
    recipients: z.array(RecipientResultSchema),
    summary: z.object({
      recipients: z.number().int(),
      listed: z.number().int(),
      byAction: z.record(z.string(), z.number().int()),
      /** Diagnosis reason ids (`unknown` when no code or words say more). */
      byReason: z.record(z.string(), z.number().int()),
      /** The 50 most frequent recipient domains; the rest under `(other)`. */
      byDomain: z.record(z.string(), z.number().int()),
      byBounce: z.object({ hard: z.number().int(), soft: z.number().int(), none: z.number().int() }),
    }),
    warnings: z.array(z.string()),
  })
  .openapi('DeliveryReport')

/** POST /v1/explain answers one reply as an Explanation (as it always did), a message or log as a DeliveryReport. */
export const ExplainResultSchema = z.union([ExplanationSchema, DeliveryReportSchema]).openapi('ExplainResult')

/** The body of POST /v1/explain as JSON (text/plain sends the reply as it is). */
export const ExplainRequestSchema = z.object({ reply: z.string() }).openapi('ExplainRequest')

/** GET /oembed: the oEmbed 1.0 "rich" answer (oembed.com §2.3.4), an HTML snippet that loads the widget (no iframe). */
export const OEmbedSchema = z
  .object({
    type: z.literal('rich'),
    version: z.literal('1.0'),
    title: z.string(),
    provider_name: z.string(),
    provider_url: z.string(),
    /** Seconds the consumer may cache this answer. */
    cache_age: z.number().int(),
    /** The widget's script and element, with a plain link inside for readers without JavaScript. */
    html: z.string(),
    width: z.number().int(),
    height: z.number().int(),
  })
  .openapi('OEmbed')

/**
 * The schemas route declarations (worker/api/routes.ts) name as bodies, by their component name in the OpenAPI
 * document. The declarations import only the names (`import type`), so zod stays out of the Worker.
 */
export const COMPONENTS = {
  CodeList: CodeListSchema,
  CodeLookup: CodeLookupSchema,
  Comparison: ComparisonSchema,
  ComparisonMatrix: MatrixSchema,
  Batch: BatchSchema,
  Explanation: ExplanationSchema,
  DeliveryReport: DeliveryReportSchema,
  ExplainResult: ExplainResultSchema,
  ExplainRequest: ExplainRequestSchema,
  Problem: ProblemSchema,
  OEmbed: OEmbedSchema,
}
export type ComponentName = keyof typeof COMPONENTS

export type CodeSummary = z.infer<typeof CodeSummarySchema>
export type CodeEntry = z.infer<typeof CodeEntrySchema>
export type CodeList = z.infer<typeof CodeListSchema>
export type CodeLookup = z.infer<typeof CodeLookupSchema>
export type Aspect = z.infer<typeof AspectSchema>
export type Comparison = z.infer<typeof ComparisonSchema>
export type Matrix = z.infer<typeof MatrixSchema>
export type Explanation = z.infer<typeof ExplanationSchema>
export type DiagnosisView = z.infer<typeof DiagnosisSchema>
export type Problem = z.infer<typeof ProblemSchema>
export type DeliveryReportView = z.infer<typeof DeliveryReportSchema>
export type OEmbed = z.infer<typeof OEmbedSchema>
export type BatchResult = z.infer<typeof BatchResultSchema>
export type Batch = z.infer<typeof BatchSchema>
