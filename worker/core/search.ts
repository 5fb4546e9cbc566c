// What one search box query asks for: a code (or a reply's two codes), a comparison of two codes, or a pasted
// reply to explain. People type "error 550", "252 and 535", "252vs535", "５５０"; all of them land on a page.
import { parseCodeQuery, parseSide, stripNoise } from './codes.ts'

export type SearchTarget =
  | { kind: 'empty' }
  | { kind: 'code'; canonical: string }
  | { kind: 'compare'; a: string; b: string }
  | { kind: 'reply'; text: string }

const CODE = String.raw`(?:[0-9]{3}|[0-9xX]\.[0-9]{1,3}\.[0-9]{1,3})`
/** "252 vs 535", "252-VS-535", "252vs535", "252 versus 535", "252 and 535", "252 or 535", "252/535", "252,535", "252 & 535". */
const PAIR = new RegExp(String.raw`^(${CODE})\s*(?:[-\s]*(?:vs\.?|versus|and|or)[-\s]*|\s*[/,&|]\s*|\s+|-)(${CODE})$`, 'i')
/** Comparison slugs of old links: "/compare/252-cannot-verify-user-vs-535-authentication-failed". */
const SLUG_PAIR = new RegExp(String.raw`^(${CODE})(?:-[a-z0-9-]*?)?-vs-(${CODE})(?:-[a-z0-9-]*)?$`, 'i')

/** Two codes to compare, when `input` names exactly two that can stand on the sides of a comparison. */
export function parsePair(input: string): { a: string; b: string } | undefined {
  const s = stripNoise(input.slice(0, 300))
  const m = SLUG_PAIR.exec(s) ?? PAIR.exec(s)
  if (!m) return undefined
  const [a, b] = [m[1]!, m[2]!]
  return 'error' in parseSide(a) || 'error' in parseSide(b) ? undefined : { a, b }
}

export function parseSearch(input: string): SearchTarget {
  const q = input.trim()
  if (q === '') return { kind: 'empty' }
  // A basic and an enhanced code together are one reply ("535 5.7.8"); two codes of the same kind are a comparison.
  const code = parseCodeQuery(q)
  if (code.ok) return { kind: 'code', canonical: code.canonical }
  const pair = parsePair(q)
  if (pair) return { kind: 'compare', ...pair }
  return { kind: 'reply', text: q }
}
