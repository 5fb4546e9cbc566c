// Explains a pasted reply: parse it, look both codes up, and say what is inconsistent about it.
import { BASIC_CLASSES, ENHANCED_CLASSES, ENHANCED_SUBJECTS, type ReplyClass } from '../../data/classes.ts'
import { DEFAULT_LOCALE, type Locale } from '../../data/i18n/locales.ts'
import type { EnhancedCode } from '../../data/schema.ts'
import type { CodeEntry, Explanation } from '../api/schemas.ts'
import { ENHANCED_BY_KEY } from './catalog.ts'
import { CLASS_ACTOR, classInfoIn, lookupCode } from './codes.ts'
import { diagnose, type DiagnoseInput } from './diagnose.ts'
import { impliedStatusOf } from './implied-status.ts'
import { parseReply } from './reply-parser.ts'

export type ExplainOutcome = { ok: true; explanation: Explanation } | { ok: false; reason: 'no-code'; detail: string }

const NO_CODE =
  'No SMTP reply code found. Paste what the server sent, e.g. "550 5.1.1 User unknown" (a three-digit code 2xx-5xx, optionally followed by an enhanced code such as 5.1.1), or a log or bounce line that quotes it (Postfix "said: …", Exim "SMTP error from remote mail server after …:", "Diagnostic-Code: smtp; …").'

/** What the registry says about an enhanced code sent in a class its row is not used in, without overstating it. */
function unusualClass(code: string, row: EnhancedCode, basic: string | undefined): string {
  const key = row.code
  const named = row.registry.associatedBasic
  const source = row.registry.reference.replace(/\[RFC([0-9]+)\]/g, 'RFC $1')
  const classes = `class ${row.classes.join(' or ')}`
  const says = /^[0-9]/.test(named)
    ? `the IANA registry associates ${key} with basic code ${named}, and ${source} describes it for ${classes}`
    : `${source} describes ${key} for ${classes} (the IANA registry names no basic code for it)`
  const advice = basic
    ? ` Servers do send it this way; the advice here follows the basic code ${basic}.`
    : ' Servers do send it this way; read it by its class.'
  return `${code} is unusual: ${says}.${advice}`
}

export function explainReply(raw: string, lang: Locale = DEFAULT_LOCALE): ExplainOutcome {
  const warnings: Explanation['warnings'] = []
  let parsed = parseReply(raw)
  if (!parsed || (!parsed.basic && !parsed.enhanced)) {
    // No server answered: the sending server's own words, read with the status it files them under.
    const implied = impliedStatusOf(raw)
    if (implied) parsed = parseReply(`${implied.status} ${implied.words}`)
    if (!implied || !parsed?.enhanced) return { ok: false, reason: 'no-code', detail: NO_CODE }
    warnings.push({
      kind: 'implied-status',
      message: `No server sent a reply code: these are ${implied.software}'s own words, which it files under ${implied.status} (its log's dsn=, its bounce's Status:); they are read with that status.`,
    })
  }

  const basicEntry = parsed.basic ? lookupCode(parsed.basic, lang) : undefined
  const enhancedEntry = parsed.enhanced ? lookupCode(parsed.enhanced, lang) : undefined
  const basicClass = parsed.basic ? (Number(parsed.basic[0]) as ReplyClass) : undefined
  const enhancedClass = parsed.enhanced ? (Number(parsed.enhanced[0]) as 2 | 4 | 5) : undefined
  const cls: ReplyClass = basicClass ?? enhancedClass!

  if (parsed.basic && (!basicEntry || basicEntry.registered === false))
    warnings.push({ kind: 'unknown-basic', message: `${parsed.basic} is not an assigned SMTP reply code; it is read by its class (${cls}xx).` })
  if (parsed.enhanced) {
    const key = `X${parsed.enhanced.slice(1)}`
    const subject = Number(parsed.enhanced.slice(2, parsed.enhanced.indexOf('.', 2)))
    const registered = ENHANCED_BY_KEY.get(key)
    if (!registered)
      warnings.push({
        kind: 'unregistered-enhanced',
        message: `${parsed.enhanced} is not in the IANA enhanced status code registry (often a vendor's own code); read it by its class (${ENHANCED_CLASSES[enhancedClass!].name}) and subject ${subject} (${ENHANCED_SUBJECTS[subject] ?? 'not defined by RFC 3463'}).`,
      })
    else if (!(registered.classes as number[]).includes(enhancedClass!))
      warnings.push({ kind: 'unusual-class', message: unusualClass(parsed.enhanced, registered, parsed.basic) })
  }
  if (basicClass && enhancedClass && basicClass !== enhancedClass)
    warnings.push({
      kind: 'class-mismatch',
      message: `The basic code is class ${basicClass} but the enhanced code is class ${enhancedClass}; they must agree (RFC 3463 §2). Clients act on the basic code.`,
    })
  for (const message of parsed.multilineProblems) warnings.push({ kind: 'malformed-multiline', message })
  if (parsed.enhancedCodes.length > 1)
    warnings.push({ kind: 'mixed-codes', message: `The reply's lines carry different enhanced codes: ${parsed.enhancedCodes.join(', ')}.` })

  const info = basicClass ? BASIC_CLASSES[basicClass] : ENHANCED_CLASSES[enhancedClass!]
  const primary: CodeEntry | undefined = basicEntry ?? enhancedEntry
  // An enhanced code in a class its registry row is not used in ("550 5.4.1") keeps its meaning, but its advice
  // was written for the usual class ("your server keeps retrying" for 4.4.1); the basic code's advice holds.
  const advised =
    enhancedEntry && basicEntry && enhancedEntry.usualClass === false && basicClass === enhancedClass
      ? { ...enhancedEntry, fix: { ...basicEntry.fix }, retry: { ...basicEntry.retry } }
      : enhancedEntry
  const entries: CodeEntry[] = []
  if (basicEntry) entries.push(basicEntry)
  if (advised) entries.push(advised)
  // Built field by field rather than by spreading optional parts: this runs once per recipient of every bounce, and
  // the spreads were a good part of its time. The order of the fields is the answer's order.
  const retry: Explanation['retry'] = { advice: info.retry, actor: primary?.retry.actor ?? CLASS_ACTOR[cls] }
  if (primary?.retry.note) retry.note = primary.retry.note
  const input: DiagnoseInput = { text: parsed.text }
  if (parsed.basic) input.basic = parsed.basic
  if (parsed.enhanced) input.enhanced = parsed.enhanced
  if (parsed.stage) input.stage = parsed.stage
  if (parsed.remoteHost) input.remoteHost = parsed.remoteHost
  const explanation = { lang } as Explanation
  if (parsed.basic) explanation.basic = parsed.basic
  if (parsed.enhanced) explanation.enhanced = parsed.enhanced
  explanation.class = cls
  explanation.classInfo = classInfoIn(basicClass ? 'basic' : 'enhanced', info, lang)
  explanation.text = parsed.text
  if (parsed.stage) explanation.stage = parsed.stage
  explanation.retry = retry
  explanation.entries = entries
  explanation.warnings = warnings
  explanation.diagnosis = diagnose(input, lang)
  return { ok: true, explanation }
}
