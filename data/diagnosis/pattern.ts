// Reads a rule's pattern source (a subset of JavaScript regular expression syntax) to check that it runs in
// linear time and to find the literal words the engine indexes it by. Pure code without dependencies: the
// validation uses it at build time, the engine (worker/core/diagnose.ts) when it first compiles the rules.

/** The longest bounded repeat a pattern may use ({0,60}); longer gaps make hostile text slow. */
export const MAX_REPEAT = 60

export interface PatternAnalysis {
  /** Why the pattern is not acceptable; empty when it is. */
  problems: string[]
  /**
   * Lower-case literal phrases (words with the spaces and punctuation between them), each of which starts a word in
   * every match of one branch; every match contains at
   * least one of them. Empty when no such set exists (the pattern is then not indexable).
   */
  anchors: string[]
  /**
   * Every match starts at one of the anchors (each branch begins with \b or ^ and then its anchor word): the engine
   * then tries the pattern only where an anchor occurs, instead of scanning the whole text.
   */
  leading: boolean
}

type Node =
  | { t: 'char'; ch: string }
  | { t: 'set'; wordOnly: boolean; nonWordOnly: boolean }
  | { t: 'group'; alts: Node[][]; look: boolean }
  | { t: 'assert'; kind: 'b' | 'B' | '^' | '$' }
  | { t: 'rep'; node: Node; min: number; max: number }

/** Word characters for indexing: what \w matches, plus every non-ASCII character (letters of other scripts). */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127
}

class Parser {
  i = 0
  problems: string[] = []
  readonly src: string
  constructor(src: string) {
    this.src = src
  }

  parse(): Node[][] {
    const alts = this.disjunction()
    if (this.i < this.src.length) this.problems.push(`unexpected "${this.src[this.i]}" at ${this.i}`)
    return alts
  }

  private disjunction(): Node[][] {
    const alts: Node[][] = [this.alternative()]
    while (this.src[this.i] === '|') {
      this.i++
      alts.push(this.alternative())
    }
    return alts
  }

  private alternative(): Node[] {
    const terms: Node[] = []
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom()
      if (!atom) continue
      terms.push(this.quantifier(atom))
    }
    return terms
  }

  private quantifier(atom: Node): Node {
    const c = this.src[this.i]
    let min: number
    let max: number
    if (c === '?') {
      min = 0
      max = 1
      this.i++
    } else if (c === '*' || c === '+') {
      this.problems.push(`unbounded repeat "${c}" at ${this.i}: use a bounded one such as {0,${MAX_REPEAT}}`)
      min = c === '*' ? 0 : 1
      max = MAX_REPEAT
      this.i++
    } else if (c === '{') {
      const m = /^\{([0-9]+)(?:(,)([0-9]*))?\}/.exec(this.src.slice(this.i))
      if (!m) return atom
      min = Number(m[1])
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min
      if (max === Infinity) this.problems.push(`unbounded repeat "${m[0]}" at ${this.i}: give it an upper bound`)
      else if (max > MAX_REPEAT) this.problems.push(`repeat "${m[0]}" at ${this.i} exceeds {0,${MAX_REPEAT}}`)
      if (max < min) this.problems.push(`repeat "${m[0]}" at ${this.i} has max below min`)
      this.i += m[0].length
      if (max === Infinity) max = MAX_REPEAT
    } else {
      return atom
    }
    if (this.src[this.i] === '?') this.i++ // lazy: same cost bound
    if (atom.t === 'assert') this.problems.push('a quantifier on an assertion')
    if (atom.t === 'group') {
      if (max > 1) this.problems.push(`a repeated group at ${this.i}: only an optional group (...)? is allowed`)
      if (containsVariableRepeat(atom)) this.problems.push(`nested quantifiers at ${this.i}: a quantified group contains a repeat`)
    }
    return { t: 'rep', node: atom, min, max }
  }

  private atom(): Node | undefined {
    const c = this.src[this.i]!
    if (c === '(') return this.group()
    if (c === '[') return this.set()
    if (c === '.') {
      this.i++
      return { t: 'set', wordOnly: false, nonWordOnly: false }
    }
    if (c === '^' || c === '$') {
      this.i++
      return { t: 'assert', kind: c }
    }
    if (c === '\\') return this.escape()
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      // A "{" that is not a quantifier is a literal in non-unicode mode; the others have nothing to repeat.
      if (c !== '{') this.problems.push(`nothing to repeat at ${this.i}`)
      this.i++
      return c === '{' ? { t: 'char', ch: c } : undefined
    }
    this.i++
    return { t: 'char', ch: c }
  }

  private escape(): Node {
    const next = this.src[this.i + 1]
    this.i += 2
    if (next === undefined) {
      this.problems.push('a trailing backslash')
      return { t: 'char', ch: '\\' }
    }
    if (next === 'b' || next === 'B') return { t: 'assert', kind: next }
    if (/[1-9]/.test(next) || next === 'k') {
      this.problems.push(`back-reference "\\${next}": not linear-time`)
      return { t: 'set', wordOnly: false, nonWordOnly: false }
    }
    if (next === 'd' || next === 'w') return { t: 'set', wordOnly: true, nonWordOnly: false }
    if (next === 's') return { t: 'set', wordOnly: false, nonWordOnly: true }
    if (next === 'D' || next === 'W' || next === 'S') return { t: 'set', wordOnly: false, nonWordOnly: false }
    if (next === 'x') {
      const hex = this.src.slice(this.i, this.i + 2)
      this.i += 2
      return { t: 'char', ch: String.fromCharCode(parseInt(hex, 16)) }
    }
    if (next === 'u') {
      const hex = this.src.slice(this.i, this.i + 4)
      this.i += 4
      return { t: 'char', ch: String.fromCharCode(parseInt(hex, 16)) }
    }
    // Control characters: not a literal a phrase anchor could hold, but never a word character either.
    if (next === 'n' || next === 'r' || next === 't' || next === 'f' || next === 'v') return { t: 'set', wordOnly: false, nonWordOnly: true }
    return { t: 'char', ch: next }
  }

  private set(): Node {
    const start = this.i
    this.i++
    if (this.src[this.i] === '^') this.i++
    let wordOnly = true
    let nonWordOnly = true
    const negated = this.src[start + 1] === '^'
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const c = this.src[this.i]!
      if (c === '\\') {
        const e = this.src[this.i + 1] ?? ''
        this.i += 2
        if (e === 'd' || e === 'w') nonWordOnly = false
        else if (e === 's') wordOnly = false
        else {
          wordOnly = false
          nonWordOnly = false
        }
        continue
      }
      this.i++
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i += 2 // a range: judged by its first character, which is enough for these two flags
      }
      if (isWordCode(c.charCodeAt(0))) nonWordOnly = false
      else wordOnly = false
    }
    if (this.src[this.i] !== ']') this.problems.push(`unterminated character class at ${start}`)
    this.i++
    return negated ? { t: 'set', wordOnly: false, nonWordOnly: false } : { t: 'set', wordOnly, nonWordOnly }
  }

  private group(): Node {
    const start = this.i
    this.i++
    let look = false
    if (this.src[this.i] === '?') {
      const head = this.src.slice(this.i, this.i + 3)
      if (head.startsWith('?:')) this.i += 2
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        look = true
        this.i += 2
      } else if (head === '?<=' || head === '?<!') {
        look = true
        this.i += 3
      } else if (head.startsWith('?<')) {
        const close = this.src.indexOf('>', this.i)
        this.i = close < 0 ? this.src.length : close + 1
      } else this.problems.push(`unknown group syntax at ${start}`)
    }
    const alts = this.disjunction()
    if (this.src[this.i] !== ')') this.problems.push(`unterminated group at ${start}`)
    this.i++
    const node: Node = { t: 'group', alts, look }
    if (look && containsVariableRepeat(node)) this.problems.push(`a repeat inside a lookaround at ${start}`)
    return node
  }
}

function containsVariableRepeat(node: Node): boolean {
  if (node.t === 'rep') return node.node.t !== 'char' && node.node.t !== 'set' ? true : node.max > 1 || containsVariableRepeat(node.node)
  if (node.t === 'group') return node.alts.some((alt) => alt.some(containsVariableRepeat))
  return false
}

/** State while walking a sequence: are we at a word start, the literal characters being read, the best anchors. */
interface Walk {
  boundary: boolean
  inWord: boolean
  /** Consecutive literal characters (words, spaces, punctuation) and whether a word may start before the first. */
  lit: string
  litBoundary: boolean
  best: string[] | null
}

/** Longer anchors are rarer in replies: a phrase ("blocked using") enables far fewer rules than a word ("user"). */
const score = (s: string[]) => Math.min(...s.map((w) => Math.min(w.length, 24))) * 10 - s.length

function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b
  if (!b) return a
  return score(b) > score(a) ? b : a
}

/**
 * The longest piece of a run of literal characters that starts a word: it begins with two word characters, at the
 * run's start when a word may start there, or just after one of the run's non-word characters.
 */
function phraseAnchor(lit: string, boundary: boolean): string | null {
  for (let k = 0; k + 1 < lit.length; k++) {
    const startsWord = k === 0 ? boundary : !isWordCode(lit.charCodeAt(k - 1))
    if (startsWord && isWordCode(lit.charCodeAt(k)) && isWordCode(lit.charCodeAt(k + 1))) return lit.slice(k).toLowerCase()
  }
  return null
}

function closeLiteral(w: Walk) {
  if (w.lit.length >= 2) {
    const anchor = phraseAnchor(w.lit, w.litBoundary)
    if (anchor) w.best = better(w.best, [anchor])
  }
  w.lit = ''
}

/** Anchors of one branch, and whether the position after it is a word start. */
function walkSequence(terms: Node[], boundaryIn: boolean): { anchors: string[] | null; boundaryOut: boolean } {
  const w: Walk = { boundary: boundaryIn, inWord: false, lit: '', litBoundary: false, best: null }
  for (const term of terms) {
    if (term.t === 'char') {
      if (w.lit.length === 0) w.litBoundary = w.boundary && !w.inWord
      w.lit += term.ch
      const word = isWordCode(term.ch.charCodeAt(0))
      w.inWord = word
      w.boundary = !word
      continue
    }
    closeLiteral(w)
    if (term.t === 'assert') {
      if (term.kind === 'b' || term.kind === '^') {
        w.boundary = true
        w.inWord = false
      }
      continue
    }
    if (term.t === 'set') {
      w.boundary = term.nonWordOnly
      w.inWord = !term.nonWordOnly
      continue
    }
    if (term.t === 'group') {
      if (term.look) continue
      const branches = term.alts.map((alt) => walkSequence(alt, w.boundary && !w.inWord))
      if (branches.every((b) => b.anchors)) w.best = better(w.best, [...new Set(branches.flatMap((b) => b.anchors!))])
      w.boundary = branches.every((b) => b.boundaryOut)
      w.inWord = !w.boundary
      continue
    }
    // A repeat: its content may be absent or repeated, so it yields no anchor; after it we are at a word start
    // only if both taking it and skipping it leave us at one.
    const inner = term.node
    const after =
      inner.t === 'set'
        ? inner.nonWordOnly
        : inner.t === 'char'
          ? !isWordCode(inner.ch.charCodeAt(0))
          : inner.t === 'group'
            ? inner.alts.every((alt) => walkSequence(alt, false).boundaryOut)
            : false
    if (term.min === 0) {
      w.boundary = w.boundary && !w.inWord && after
    } else {
      w.boundary = after
    }
    w.inWord = !w.boundary
  }
  closeLiteral(w)
  return { anchors: w.best, boundaryOut: w.boundary }
}

/** The literal phrases a branch must begin with, after \b or ^, or null when it does not begin with a word. */
function leadingAnchors(terms: Node[], boundary: boolean): string[] | null {
  let i = 0
  while (i < terms.length && terms[i]!.t === 'assert') {
    const a = terms[i] as { kind: string }
    if (a.kind === 'b' || a.kind === '^') boundary = true
    i++
  }
  if (!boundary) return null
  const first = terms[i]
  if (!first) return null
  if (first.t === 'char') {
    let lit = ''
    for (; i < terms.length; i++) {
      const t = terms[i]!
      if (t.t !== 'char') break
      lit += t.ch
    }
    const anchor = phraseAnchor(lit, true)
    return anchor !== null && anchor.length === lit.length ? [anchor] : null
  }
  if (first.t === 'group' && !first.look) {
    const alts = first.alts.map((alt) => leadingAnchors(alt, true))
    return alts.every((a) => a) ? [...new Set(alts.flatMap((a) => a!))] : null
  }
  return null
}

/** Whether the pattern is linear-time and indexable, and its anchors. */
export function analyzePattern(source: string): PatternAnalysis {
  const parser = new Parser(source)
  const alts = parser.parse()
  const problems = [...parser.problems]
  try {
    new RegExp(source, 'i')
  } catch (err) {
    problems.push(`not a valid regular expression: ${(err as Error).message}`)
  }
  const leading = alts.map((alt) => leadingAnchors(alt, false))
  if (leading.every((a) => a)) return { problems, anchors: [...new Set(leading.flatMap((a) => a!))], leading: true }
  const branches = alts.map((alt) => walkSequence(alt, false))
  const anchors = branches.every((b) => b.anchors) ? [...new Set(branches.flatMap((b) => b.anchors!))] : []
  if (anchors.length === 0)
    problems.push('no indexable word: every branch needs a literal word of 2+ characters that starts a word (after \\b, a space or punctuation)')
  return { problems, anchors, leading: false }
}
