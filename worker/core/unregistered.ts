// Codes in no RFC that servers send anyway (data/diagnosis/unregistered-codes.ts): found by exact code or by a
// vendor's range, and shaped like a catalog entry marked registered: false, so lookups and pages answer them.
import { BASIC_CLASSES, ENHANCED_CLASSES, type ReplyClass } from '../../data/classes.ts'
import { EN_DIAGNOSIS } from '../../data/diagnosis/i18n/en.ts'
import { REASONS } from '../../data/diagnosis/reasons.ts'
import type { UnregisteredCode } from '../../data/diagnosis/types.ts'
import { UNREGISTERED_CODES } from '../../data/diagnosis/unregistered-codes.ts'
import type { Actor } from '../../data/schema.ts'
import type { CodeEntry } from '../api/schemas.ts'

const EXACT = new Map(UNREGISTERED_CODES.filter((u) => !u.through).map((u) => [u.code, u]))
const RANGES = UNREGISTERED_CODES.filter((u) => u.through)

const detailOf = (code: string) => code.split('.').map(Number)

/** The entry for a code in no RFC ("5.7.606", "422"), by exact code or by the vendor's range that holds it. */
export function findUnregistered(code: string): UnregisteredCode | undefined {
  const hit = EXACT.get(code)
  if (hit || !code.includes('.')) return hit
  const [c, s, d] = detailOf(code)
  return RANGES.find((u) => {
    const [uc, us, ud] = detailOf(u.code)
    const [, , td] = detailOf(u.through!)
    return c === uc && s === us && d! >= ud! && d! <= td!
  })
}

/** A catalog-shaped entry for the code, in English (the vendor's words have no translation). */
export function unregisteredEntry(code: string, u: UnregisteredCode): CodeEntry {
  const kind = code.includes('.') ? 'enhanced' : 'basic'
  const cls = Number(code[0]) as ReplyClass
  const info = kind === 'basic' ? BASIC_CLASSES[cls] : ENHANCED_CLASSES[cls as 2 | 4 | 5]
  const reason = REASONS.find((r) => r.id === u.reason)!
  const words = EN_DIAGNOSIS.reasons[u.reason]
  const actor: Actor = cls === 4 ? (reason.transientActor ?? reason.actor) : reason.actor
  return {
    code,
    kind,
    title: u.title,
    class: cls,
    classInfo: { class: info.class, name: info.name, meaning: info.meaning, retry: info.retry },
    summary: u.summary,
    description: `${u.summary} ${code} is in no RFC${kind === 'enhanced' ? ' and not in the IANA enhanced status code registry' : ''}: it is ${u.usedBy}'s own code, and other servers may mean something else by it.`,
    whenSeen: `In replies from ${u.usedBy}.`,
    stages: ['any'],
    fix: { sender: words.steps[0]!, admin: words.steps[1] ?? words.steps[0]! },
    retry: { advice: info.retry, actor },
    references: [{ label: u.usedBy, url: u.url }],
    related: [],
    pairings: [],
    registered: false,
    usedBy: u.usedBy,
  }
}
