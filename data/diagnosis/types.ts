// The diagnosis data's vocabulary and shapes as plain TypeScript: what the engine (worker/core/diagnose.ts), the
// rules, the providers, the pages and the npm package import. Zod-free on purpose: data/diagnosis/schema.ts checks
// the data against zod schemas at build time, and a shipped module that imported it would bring zod into the
// Worker and into every bundle of the package.
import type { Actor, Stage } from '../schema.ts'

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
/** What decided a diagnosis: the reply's words, its codes, or the delivery report around it (its Action and Status). */
export const BASES = ['text', 'enhanced-code', 'basic-code', 'delivery-report'] as const
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

/** Server software whose own messages a rule may quote (see SOFTWARE). */
export type Software = (typeof SOFTWARE)[number]
export type Collection = 'smtp-field-manual' | 'smtp-codes'

/**
 * Where a rule's wording comes from. Exactly one kind:
 * - a provider's (or blocklist's) own documentation page: `{ url }`;
 * - an RFC, with a section where one applies: `{ rfc, section }`;
 * - the server software that sends the message, and where in it the message lives: `{ software, where }`
 *   (a source file, a configuration default, a documentation page: "src/smtpd/smtpd_check.c");
 * - an MIT-licensed community collection of real replies, facts only: `{ collection, where }`.
 */
export type DiagnosisSource =
  | { url: string; title?: string }
  | { rfc: number; section?: string }
  | { software: Software; where: string; url?: string }
  | { collection: Collection; where: string }

/**
 * One phrase rule. The engine tries provider rules, then generic rules, each in file order; the first rule whose
 * constraints hold and whose pattern matches the reply's words decides. What each field may hold is in schema.ts.
 */
export interface DiagnosisRule {
  id: string
  reason: ReasonId
  /** A linear-time regular expression source, matched case-insensitively against the reply's words. */
  pattern: string
  codes?: string[]
  stages?: Stage[]
  provider?: string
  source: DiagnosisSource
  examples: string[]
  confidence?: Confidence
}

export const PROVIDER_KINDS = ['mailbox-provider', 'hosting', 'filter', 'blocklist'] as const
export type ProviderKind = (typeof PROVIDER_KINDS)[number]

/** A mail provider, filtering service or blocklist that the diagnosis can name. */
export interface Provider {
  id: string
  name: string
  kind: ProviderKind
  url: string
  delistUrl?: string
  codes?: string[]
  enhanced?: string[]
  hints?: string[]
  hosts?: string[]
}

/** Whom each reason concerns and a real reply that shows it. The words are per language in data/diagnosis/i18n/. */
export interface ReasonInfo {
  id: ReasonId
  actor: Actor
  transientActor?: Actor
  example: string
  source: DiagnosisSource
}

/** A code in no RFC and not in the IANA registry that servers send anyway (see unregistered-codes.ts). */
export interface UnregisteredCode {
  code: string
  through?: string
  title: string
  summary: string
  usedBy: string
  url: string
  reason: ReasonId
}

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
/** A code in no RFC (unregistered-codes.ts) in one language: any field may be missing, English fills it. */
export interface UnregisteredText {
  title?: string
  summary?: string
  usedBy?: string
}
/**
 * The sentences a non-RFC code's entry is built from, in one language; `{code}`, `{summary}` and `{usedBy}` are
 * filled in (worker/core/unregistered.ts holds the English ones).
 */
export interface UnregisteredWords {
  descriptionBasic?: string
  descriptionEnhanced?: string
  whenSeen?: string
}
/** A translation may leave out any reason or field: the engine falls back to English field by field. */
export interface PartialDiagnosisTexts {
  reasons: Partial<Record<ReasonId, Partial<ReasonText>>>
  notAFailure?: Partial<DiagnosisTexts['notAFailure']>
  labels?: Partial<DiagnosisTexts['labels']>
  /** Codes in no RFC, keyed by their `code` in unregistered-codes.ts (a range by its first code). */
  unregistered?: Record<string, UnregisteredText>
  unregisteredWords?: UnregisteredWords
}
