// The catalog's schema: one source for the TypeScript types (worker, widget, pages) and for the
// build-time validation in test/data. The worker imports only the types, so zod never runs per request.
import { z } from 'zod'

/** SMTP session stages where a reply can arise (RFC 5321 §4.3.2 lists which command gets which reply). */
export const STAGES = [
  'greeting', // the 220/421/554 banner when the connection opens (RFC 5321 §3.1, §4.3.2 "CONNECTION ESTABLISHMENT")
  'ehlo', // EHLO or HELO
  'starttls', // STARTTLS (RFC 3207)
  'auth', // AUTH and its SASL exchange (RFC 4954)
  'mail', // MAIL FROM
  'rcpt', // RCPT TO
  'data', // the DATA command itself (before the 354)
  'end-of-data', // after the terminating <CRLF>.<CRLF>
  'bdat', // BDAT chunks (RFC 3030)
  'burl', // BURL: a submission server fetching the message from an IMAP URL (RFC 4468)
  'vrfy',
  'expn',
  'etrn', // RFC 1985
  'atrn', // RFC 2645
  'help',
  'noop',
  'rset',
  'quit',
  'any', // any command, e.g. 421 shutdown or 500 syntax error
] as const
export type Stage = (typeof STAGES)[number]

/**
 * Who has to act after this reply. Drives the "who must act" aspect of comparisons.
 * nobody: success; client: the client software continues the dialogue (3xx) or retries by itself (4xx);
 * sender: the person or application sending must change something (address, credentials, content);
 * sender-admin: the sending system's operator (TLS, DNS, reputation, configuration);
 * recipient-admin: the receiving system's operator (mailbox full, misconfiguration).
 */
export const ACTORS = ['nobody', 'client', 'sender', 'sender-admin', 'recipient-admin'] as const
export type Actor = (typeof ACTORS)[number]

/** What a client should do, derived from the class (RFC 5321 §4.2.1, RFC 3463 §3.1). */
export const RETRY_ADVICE = ['none-needed', 'continue', 'retry-later', 'do-not-retry-unchanged'] as const
export type RetryAdvice = (typeof RETRY_ADVICE)[number]

export const BASIC_CODE_PATTERN = /^[2-5][0-5][0-9]$/
/** Registry key form, class replaced by X (RFC 5248 §2.2): subject and detail are 1-3 digits without leading zeros. */
export const ENHANCED_KEY_PATTERN = /^X\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$/
/** A concrete enhanced code as servers send it (RFC 3463 §2): class 2, 4 or 5. */
export const ENHANCED_CODE_PATTERN = /^[245]\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$/
/** RFC section: "4.2.3", "3.5.1", or an appendix such as "Appendix A" / "A.1". */
export const SECTION_PATTERN = /^(?:[1-9][0-9]*(?:\.[1-9][0-9]*)*|Appendix [A-Z](?:\.[1-9][0-9]*)*|[A-Z](?:\.[1-9][0-9]*)+)$/

const text = z.string().trim().min(1)

/** A citation. Either an RFC (with a section where one applies) or the IANA enhanced status code registry. */
export const referenceSchema = z.union([
  z.object({ rfc: z.number().int().positive(), section: z.string().regex(SECTION_PATTERN).optional() }).strict(),
  z.object({ iana: z.literal('smtp-enhanced-status-codes') }).strict(),
])
export type Reference = z.infer<typeof referenceSchema>

const fixSchema = z
  .object({
    /** What the sending user or client software should do. */
    sender: text,
    /** What the server's (or sending system's) administrator should check. */
    admin: text,
  })
  .strict()

/** Fields every entry has, basic or enhanced. */
const commonFields = {
  /** Short name as people search for it, e.g. "Authentication credentials invalid". */
  title: text,
  /** One sentence, used in lists, comparisons and meta descriptions. */
  summary: text,
  /** What the code means, in plain words, faithful to the cited RFCs. */
  description: text,
  /** When you see it in practice: which stage or command and why. */
  whenSeen: text,
  stages: z.array(z.enum(STAGES)).min(1),
  fix: fixSchema,
  actor: z.enum(ACTORS),
  /** Retry nuance beyond what the class implies (e.g. 552 for too many recipients, RFC 5321 §4.5.3.1.10). */
  retryNote: text.optional(),
  references: z.array(referenceSchema).min(1),
  /** Look-alike codes people confuse with this one: basic codes ("550") or enhanced codes ("5.1.10"). */
  related: z.array(z.string()),
}

/** One meaning of a basic code in one context (454 after STARTTLS differs from 454 after AUTH). */
export const contextSchema = z
  .object({
    stages: z.array(z.enum(STAGES)).min(1),
    /** The extension or command that defines this meaning, e.g. "STARTTLS", "AUTH", "SIZE". */
    extension: text.optional(),
    title: text,
    description: text,
    /** Typical enhanced codes sent with it in this context, concrete form ("4.7.0"). */
    enhanced: z.array(z.string().regex(ENHANCED_CODE_PATTERN)),
    references: z.array(referenceSchema).min(1),
  })
  .strict()
export type CodeContext = z.infer<typeof contextSchema>

export const basicCodeSchema = z
  .object({
    code: z.string().regex(BASIC_CODE_PATTERN),
    ...commonFields,
    /** Usual enhanced codes sent with this reply, concrete form ("5.7.8"), most common first. */
    enhanced: z.array(z.string().regex(ENHANCED_CODE_PATTERN)),
    /** Distinct meanings by context; absent when the code means one thing everywhere. */
    contexts: z.array(contextSchema).min(2).optional(),
  })
  .strict()
export type BasicCode = z.infer<typeof basicCodeSchema>

export const enhancedCodeSchema = z
  .object({
    /** Registry key, class as X: "X.7.8". */
    code: z.string().regex(ENHANCED_KEY_PATTERN),
    ...commonFields,
    /** Classes this code is used with in practice and in the registry's text (2, 4, 5). */
    classes: z.array(z.union([z.literal(2), z.literal(4), z.literal(5)])).min(1),
    /** Usual basic reply codes sent with it ("535"), from the registry's "Associated basic status code" where given. */
    basic: z.array(z.string().regex(BASIC_CODE_PATTERN)),
    /** The IANA registry row, verbatim. */
    registry: z
      .object({
        // Verbatim, so possibly empty (X.6.10 has neither) or odd (X.7.28's column is ".").
        sampleText: z.string(),
        associatedBasic: z.string(),
        description: text,
        reference: text,
      })
      .strict(),
  })
  .strict()
export type EnhancedCode = z.infer<typeof enhancedCodeSchema>

/** A curated note for a pair people confuse: what actually tells them apart. */
export const confusablePairSchema = z
  .object({
    /** Basic or concrete enhanced codes: "450", "5.1.1". Order is the canonical order for URLs. */
    a: z.string(),
    b: z.string(),
    /** What tells them apart in practice. */
    note: text,
    references: z.array(referenceSchema).min(1),
  })
  .strict()
export type ConfusablePair = z.infer<typeof confusablePairSchema>

/** An RFC the catalog cites: the validation test checks every citation points at one of these. */
export const rfcSchema = z
  .object({
    number: z.number().int().positive(),
    title: text,
    /** Obsoleted RFCs may be cited only for history; the test flags them. */
    obsoletedBy: z.number().int().positive().optional(),
  })
  .strict()
export type Rfc = z.infer<typeof rfcSchema>
