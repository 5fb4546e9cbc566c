// The real replies the diagnosis rules were written from, by code: for code pages that list what a code usually
// comes with ("550 5.1.1 user unknown", "550 5.7.1 blocked using …") and why. Built on first use.
import { REASONS } from '../../data/diagnosis/reasons.ts'
import type { ReasonId } from '../../data/diagnosis/types.ts'
import { ruleSet } from './rule-set.ts'

export interface CommonReply {
  text: string
  reason: ReasonId
}

const LEADING_CODES = /^([2-5][0-9]{2})[ -](?:([245]\.[0-9]{1,3}\.[0-9]{1,3})(?=[ ]|$))?/

let index: Map<string, CommonReply[]> | undefined

function build(): Map<string, CommonReply[]> {
  const map = new Map<string, CommonReply[]>()
  const add = (code: string, reply: CommonReply) => {
    const list = map.get(code) ?? []
    if (!list.some((r) => r.text === reply.text)) list.push(reply)
    map.set(code, list)
  }
  // Each reason's own example first, then the server software's wordings, then the providers'.
  const { genericRules, providerRules } = ruleSet()
  const sources = [...REASONS.map((r) => ({ reason: r.id, examples: [r.example] })), ...genericRules, ...providerRules]
  for (const { reason, examples } of sources) {
    for (const text of examples) {
      const m = LEADING_CODES.exec(text)
      if (!m) continue
      add(m[1]!, { text, reason })
      if (m[2]) add(m[2], { text, reason })
    }
  }
  return map
}

/** Up to `max` real replies that carry this code, one per reason first so that the list shows the variety. */
export function commonReplies(code: string, max = 8): CommonReply[] {
  const all = (index ??= build()).get(code) ?? []
  const firstPerReason = all.filter((r, i) => all.findIndex((x) => x.reason === r.reason) === i)
  const rest = all.filter((r) => !firstPerReason.includes(r))
  return [...firstPerReason, ...rest].slice(0, max)
}
