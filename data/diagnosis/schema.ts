// The diagnosis data's schema: reasons, rules, providers and their sources. One source for the types the engine
// (worker/core/diagnose.ts) reads and for the build-time validation (data/diagnosis/validate.ts). The worker
// imports only the types and the constant lists, so zod never runs per request.
import { z } from 'zod'
import { ACTORS, SECTION_PATTERN, STAGES } from '../schema.ts'

/** Why a reply failed. The ids are an API contract (issue 13): never rename one, only add. */
export const REASON_IDS = [
  'user-unknown',
  'mailbox-full',
  'mailbox-disabled',
  'recipient-moved',
  'domain-not-found',
  'domain-accepts-no-mail',
  'relay-denied',
  'sender-rejected',
  'blocklisted',
  'reverse-dns',
  'sender-authentication',
  'spam',
  'content-rejected',
  'virus',
  'policy',
  'rate-limited',
  'message-too-large',
  'tls-required',
  'auth-failed',
  'expired',
  'network-error',
  'system-error',
  'protocol-error',
  'greylisted',
  'unknown',
] as const
export type ReasonId = (typeof REASON_IDS)[number]

/** The reasons for which the address itself is bad: the sender should stop sending to it. */
export const HARD_REASONS: readonly ReasonId[] = ['user-unknown', 'recipient-moved', 'domain-not-found', 'domain-accepts-no-mail']

export const BOUNCE_KINDS = ['hard', 'soft', 'none'] as const
export type BounceKind = (typeof BOUNCE_KINDS)[number]
export const CONFIDENCES = ['high', 'medium', 'low'] as const
export type Confidence = (typeof CONFIDENCES)[number]
/** What decided a diagnosis: the server's words, the enhanced code, or only the basic code. */
export const BASES = ['text', 'enhanced-code', 'basic-code'] as const
export type Basis = (typeof BASES)[number]

/** Server software whose own messages a rule may quote. Add a name here when a rule needs it. */
export const SOFTWARE = [
  'Postfix',
  'Exim',
  'Sendmail',
  'qmail',
  'Microsoft Exchange',
  'Haraka',
  'Courier',
  'Dovecot',
  'MDaemon',
  'Zimbra',
  'OpenSMTPD',
  'Communigate Pro',
  'IBM Domino',
  'Kerio Connect',
  'hMailServer',
  'SmarterMail',
  'Rspamd',
  'SpamAssassin',
  'Amavis',
  'ClamAV',
  'Cyrus IMAP',
  'James',
  'Oracle Communications Messaging Server',
  'Axigen',
  'IceWarp',
  'MailEnable',
  'Postgrey',
  'policyd-spf',
  'OpenDMARC',
  'Halon',
  'KumoMTA',
  'PowerMTA',
  'Momentum',
] as const

const text = z.string().trim().min(1)
const httpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'must be an https URL')

/**
 * Where a rule's wording comes from. Exactly one kind:
 * - a provider's (or blocklist's) own documentation page: `{ url }`;
 * - an RFC, with a section where one applies: `{ rfc, section }`;
 * - the server software that sends the message, and where in it the message lives: `{ software, where }`
 *   (a source file, a configuration default, a documentation page: "src/smtpd/smtpd_check.c");
 * - an MIT-licensed community collection of real replies, facts only: `{ collection, where }`.
 */
export const diagnosisSourceSchema = z.union([
  z.object({ url: httpsUrl, title: text.optional() }).strict(),
  z.object({ rfc: z.number().int().positive(), section: z.string().regex(SECTION_PATTERN).optional() }).strict(),
  z.object({ software: z.enum(SOFTWARE), where: text, url: httpsUrl.optional() }).strict(),
  z.object({ collection: z.enum(['smtp-field-manual', 'smtp-codes']), where: text }).strict(),
])
export type DiagnosisSource = z.infer<typeof diagnosisSourceSchema>

/** Collections' home pages, for rendering a `{ collection }` source as a link. */
export const COLLECTION_URLS = {
  'smtp-field-manual': 'https://github.com/ActiveCampaign/smtp-field-manual',
  'smtp-codes': 'https://github.com/fm/smtp-codes',
} as const

/** A code constraint: "5" (class 5, basic or enhanced), "55" / "550" (basic prefix), "5.7" / "5.7.1" / "X.7.1" (enhanced). */
export const CODE_CONSTRAINT_PATTERN = /^(?:[2-5][0-9]{0,2}|[245X]\.[0-9]{1,3}(?:\.[0-9]{1,3})?)$/

export const RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * One phrase rule. The engine tries provider rules, then generic rules, each in file order; the first rule whose
 * constraints hold and whose pattern matches the reply's words decides.
 */
export const diagnosisRuleSchema = z
  .object({
    /** Unique, kebab-case, says what it matches: "postfix-user-unknown-local-recipient". */
    id: z.string().regex(RULE_ID_PATTERN),
    reason: z.enum(REASON_IDS),
    /**
     * A JavaScript regular expression source, matched case-insensitively against the reply's words (the codes are
     * already stripped). It must be linear-time: no `*`, `+` or `{n,}`, bounded repeats only ({0,40}), no
     * quantified groups except `(...)?`, no back-references. It must contain a literal word of two or more
     * characters that starts a word (after `\b`, a space or punctuation): the engine indexes rules by it.
     */
    pattern: text,
    /** Any of these must match the reply's codes (see CODE_CONSTRAINT_PATTERN); absent = any code. */
    codes: z.array(z.string().regex(CODE_CONSTRAINT_PATTERN)).min(1).optional(),
    /** The reply must be known to have arisen at one of these stages (an unknown stage does not qualify). */
    stages: z.array(z.enum(STAGES)).min(1).optional(),
    /** The provider whose wording this is (an id in data/diagnosis/providers.ts); the diagnosis then names it. */
    provider: z.string().regex(RULE_ID_PATTERN).optional(),
    source: diagnosisSourceSchema,
    /** Real reply texts, each a whole reply with its codes ("550 5.1.1 ..."); each must be diagnosed as `reason`. */
    examples: z.array(text).min(1),
    /** How sure the words make us; default high. Below high, a code whose own reason is sure (5.1.1, 5.7.606) wins. */
    confidence: z.enum(CONFIDENCES).optional(),
  })
  .strict()
export type DiagnosisRule = z.infer<typeof diagnosisRuleSchema>

export const PROVIDER_KINDS = ['mailbox-provider', 'hosting', 'filter', 'blocklist'] as const

/** A mail provider, filtering service or blocklist that the diagnosis can name. */
export const providerSchema = z
  .object({
    id: z.string().regex(RULE_ID_PATTERN),
    name: text,
    kind: z.enum(PROVIDER_KINDS),
    /** Its postmaster or error-code documentation: the link a diagnosis shows. */
    url: httpsUrl,
    /** A page to look up or remove a listing, or to ask for mitigation, when the provider has one. */
    delistUrl: httpsUrl.optional(),
    /**
     * Patterns (regex sources, same linear-time rules as rule patterns) for the provider's own code tokens in the
     * reply's words: Yahoo "TSS04", Microsoft "AS(201806281)", Orange "OFR006_102". The whole match is the code.
     */
    codes: z.array(text).optional(),
    /** Patterns that the reply's enhanced code must match in full to be the provider's own code ("5\\.7\\.6[0-9]{2}"). */
    enhanced: z.array(text).optional(),
    /** Patterns that recognise the provider from the reply's words ("\\bgmail\\b", "protection\\.outlook\\.com"). */
    hints: z.array(text).optional(),
    /** Domain suffixes of its mail hosts ("google.com", "yahoodns.net"), matched against the remote host when known. */
    hosts: z.array(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/)).optional(),
  })
  .strict()
export type Provider = z.infer<typeof providerSchema>

/** Whom each reason concerns and a real reply that shows it. The words are per language in data/diagnosis/i18n/. */
export const reasonInfoSchema = z
  .object({
    id: z.enum(REASON_IDS),
    actor: z.enum(ACTORS),
    /** Who acts when the reply is transient (4xx), when that differs: the client retries a greylisting by itself. */
    transientActor: z.enum(ACTORS).optional(),
    /** A real reply that shows the reason (the README table and the reason's page); it must be diagnosed as `id`. */
    example: text,
    source: diagnosisSourceSchema,
  })
  .strict()
export type ReasonInfo = z.infer<typeof reasonInfoSchema>

/** A reason in one language. */
export interface ReasonText {
  /** A few words: "The address does not exist". */
  title: string
  /** One sentence: what happened, in plain words. */
  summary: string
  /** Concrete actions, most useful first. */
  steps: string[]
  /** Added when a provider is recognised; `{name}` and `{url}` are filled in. */
  provider?: string
  /** Added when the provider has a delisting or mitigation page; `{name}` and `{url}` are filled in. */
  delist?: string
}
/** The words of one language: every reason, and what a diagnosis of a success or an intermediate reply says. */
export interface DiagnosisTexts {
  reasons: Record<ReasonId, ReasonText>
  notAFailure: { title: string; summary: string }
  /** Headings and badges for pages and cards that show a diagnosis. */
  labels: { heading: string; hard: string; soft: string; steps: string; provider: string }
}
/** A translation may leave out any reason or field: the engine falls back to English field by field. */
export interface PartialDiagnosisTexts {
  reasons: Partial<Record<ReasonId, Partial<ReasonText>>>
  notAFailure?: Partial<DiagnosisTexts['notAFailure']>
  labels?: Partial<DiagnosisTexts['labels']>
}

/**
 * A code in no RFC and not in the IANA registry that servers send anyway: what it usually means, who sends it,
 * a link. A range ("5.7.606" through "5.7.649") covers a vendor's block of details that share one meaning.
 */
export const unregisteredCodeSchema = z
  .object({
    code: z.string().regex(/^(?:[2-5][0-9]{2}|[245]\.[0-9]{1,3}\.[0-9]{1,3})$/),
    through: z.string().regex(/^[245]\.[0-9]{1,3}\.[0-9]{1,3}$/).optional(),
    title: text,
    /** One sentence: what it usually means. */
    summary: text,
    /** Who sends it, in a few words ("Microsoft 365 / Exchange Online"). */
    usedBy: text,
    url: httpsUrl,
    reason: z.enum(REASON_IDS),
  })
  .strict()
export type UnregisteredCode = z.infer<typeof unregisteredCodeSchema>
