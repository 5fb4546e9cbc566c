// Helpers the per-language API phrases share: class names by locale, and stage lists worded once for neighbouring
// stages. Imports only types and tables, never a language, so no language module imports another.
import { listWithOr } from './types.ts'
import type { ClassNames } from '../class-names.ts'

export type CodeKind = 'basic' | 'enhanced'

/** The locale's name for the class of "5xx" / "5.x.x"; the catalog's English name only for a class it does not know. */
export function classNameIn(names: ClassNames, digits: string, kind: CodeKind, english: string): string {
  return (names as Record<string, string>)[`${kind}-${digits.charAt(0)}`] ?? english
}

/**
 * How a locale words its stages around the command: "auf " + AUTH, AUTH + " への応答として", "作为对 " + AUTH +
 * " 的回复" (spaces next to the command are trimmed, so "作为对任意命令的回复" shares the words too). `list` writes a
 * list the way the language does ("a, b oder c", "a、b または c").
 */
export interface StageWording {
  before: string
  after: string
  list: (items: string[]) => string
  /**
   * Where the shared words come after the commands, a merged run next to another stage must read as one unit:
   * "RCPT TO veya MAIL FROM yanıtı olarak ya da veri sonundan sonra", not "RCPT TO, MAIL FROM yanıtı olarak veya …".
   * This lists such units; without it the merged items are listed flat, which reads well when the words come first.
   */
  units?: (units: string[]) => string
}

/**
 * Says the shared words once for neighbouring stages worded the same way, as the Vietnamese builder does for
 * "cho lệnh": "auf VRFY, EXPN oder ETRN" rather than "auf VRFY, auf EXPN oder auf ETRN". The first of a run keeps
 * the words before the command and the last keeps the words after it.
 */
export function mergeStages(items: string[], w: StageWording): string {
  const framed = items.map((s) => s.length > w.before.length + w.after.length && s.startsWith(w.before) && s.endsWith(w.after))
  const run = (i: number, j: number) => framed[i] === true && framed[j] === true
  const runs: string[][] = []
  items.forEach((s, i) => {
    const part = s.slice(run(i - 1, i) ? w.before.length : 0, run(i, i + 1) ? s.length - w.after.length : s.length).trim()
    if (run(i - 1, i)) runs.at(-1)!.push(part)
    else runs.push([part])
  })
  return w.units && runs.length > 1 ? w.units(runs.map(w.list)) : w.list(runs.flat())
}

/** "a, b or c" with the locale's word for "or". */
export const commaList =
  (or: string) =>
  (items: string[]): string =>
    listWithOr(items, or)

/**
 * Japanese and Chinese lists: an ideographic comma, and spaces around "or" only where it touches a command name or
 * code. `afterIdeograph` is what stands between an ideograph and "or": Japanese separates whole stage phrases with
 * "、または" but writes "任意のコマンドまたは AUTH" inside one.
 */
export const ideographicList =
  (or: string, afterIdeograph: string) =>
  (items: string[]): string => {
    if (items.length < 2) return items[0] ?? ''
    const head = items.slice(0, -1).join('、')
    const tail = items.at(-1)!
    return `${head}${/[A-Za-z0-9]$/.test(head) ? ' ' : afterIdeograph}${or}${/^[A-Za-z0-9]/.test(tail) ? ' ' : ''}${tail}`
  }
