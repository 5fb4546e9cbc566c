// The enhanced status a sending server files its own words under when no server answered (a refused connection,
// a failed DNS lookup): data/diagnosis/implied-statuses.ts. Lets a pasted "connect to …: Connection timed out" be
// explained as the server's log would have it (dsn=4.4.1) instead of answering that it holds no code.
import { IMPLIED_STATUSES } from '../../data/diagnosis/implied-statuses.ts'

export interface ImpliedStatus {
  status: string
  software: string
  /** The words without their wrapping, whitespace collapsed. */
  words: string
}

/** Wrappers such words arrive in: a DSN field and its type, the recipient a bounce names first, Postfix's pause. */
const WRAPPING = /^(?:Diagnostic-Code:\s*)?(?:X-[\w-]+;\s*)?(?:<[^<>\s]*>:?\s*)?(?:delivery temporarily suspended:\s*)?/i
/** Longer than any such message with its host names: what is longer is not one of them. */
const MAX_WORDS = 1000

let compiled: Array<{ re: RegExp; status: string; software: string }> | undefined

export function impliedStatusOf(text: string): ImpliedStatus | undefined {
  if (text.length > 4 * MAX_WORDS) return undefined
  let words = text.replace(/\s+/g, ' ').trim()
  // A log's status=deferred (…) keeps the parentheses when the words are copied from it.
  if (words.startsWith('(') && words.endsWith(')')) words = words.slice(1, -1)
  words = words.replace(WRAPPING, '')
  if (words.length > MAX_WORDS) return undefined
  compiled ??= IMPLIED_STATUSES.map((s) => ({ re: new RegExp(s.pattern), status: s.status, software: s.source.software }))
  for (const c of compiled) if (c.re.test(words)) return { status: c.status, software: c.software, words }
  return undefined
}
