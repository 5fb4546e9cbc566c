// The diagnosis data's build-time schema: zod checks of reasons, rules, providers, unregistered codes and their
// sources, run by data/diagnosis/validate.ts. Only the validation imports this module; everything that ships (the
// engine, the rules, the pages, the npm package) imports the plain types and constants of ./types.ts, and the
// assertion at the end keeps the two in step.
import { z } from 'zod'
import { ACTORS, SECTION_PATTERN, STAGES } from '../schema.ts'
import {
  CONFIDENCES,
  PROVIDER_KINDS,
  REASON_IDS,
  SOFTWARE,
  type DiagnosisRule,
  type DiagnosisSource,
  type Provider,
  type ReasonInfo,
  type UnregisteredCode,
} from './types.ts'

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

/**
 * A code in no RFC and not in the IANA registry that servers send anyway: what it usually means, who sends it,
 * a link. A range ("5.7.606" through "5.7.649") covers a vendor's block of details that share one meaning.
 */
export const unregisteredCodeSchema = z
  .object({
    code: z.string().regex(/^(?:[2-5][0-9]{2}|[245]\.[0-9]{1,3}\.[0-9]{1,3})$/),
    through: z
      .string()
      .regex(/^[245]\.[0-9]{1,3}\.[0-9]{1,3}$/)
      .optional(),
    title: text,
    /** One sentence: what it usually means. */
    summary: text,
    /** Who sends it, in a few words ("Microsoft 365 / Exchange Online"). */
    usedBy: text,
    url: httpsUrl,
    reason: z.enum(REASON_IDS),
  })
  .strict()

// The plain types in ./types.ts and what these schemas accept must be the same shapes, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const inStep: [
  Same<z.output<typeof diagnosisSourceSchema>, DiagnosisSource>,
  Same<z.output<typeof diagnosisRuleSchema>, DiagnosisRule>,
  Same<z.output<typeof providerSchema>, Provider>,
  Same<z.output<typeof reasonInfoSchema>, ReasonInfo>,
  Same<z.output<typeof unregisteredCodeSchema>, UnregisteredCode>,
] = [true, true, true, true, true]
void inStep
