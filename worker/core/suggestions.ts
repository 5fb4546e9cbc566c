// Codes to offer when a lookup finds nothing: the nearest assigned codes to what was asked, or the most-searched
// ones when what was asked is not a code at all. Pure catalog logic, used by the pages' 404 and 400 answers.
import { BASIC_CODES, ENHANCED_CODES } from './catalog.ts'

/**
 * The codes people look up most, in the order the home page lists them. Each is in the catalog (a test checks it;
 * checking here would build 15 entries in every cold isolate).
 */
export const POPULAR_CODES = ['550', '535', '554', '421', '450', '451', '452', '552', '553', '530', '252', '5.7.1', '5.1.1', '5.7.8', '4.7.0']

const LIMIT = 8

/**
 * Up to eight assigned codes near `raw`: for an enhanced code, the registered codes of its subject in its class
 * (5.7.99 → 5.7.0, 5.7.1, …), or the other subjects' X.n.0 codes when the registry has no such subject (5.9.9 →
 * 5.7.0, 5.6.0, …); for a basic code, the basic codes of its class by numeric distance (599 → 554, 553,
 * …); for anything else, the most-searched codes.
 */
export function nearestCodes(raw: string): string[] {
  const enhanced = /^([2-5])\.([0-9]{1,3})\.([0-9]{1,3})$/.exec(raw)
  if (enhanced) {
    const [, cls, subject] = enhanced
    // Rows the registry uses in the code's own class; where its subject has none, the rows of other classes.
    const inClass = (rows: typeof ENHANCED_CODES) => {
      const own = rows.filter((e) => e.classes.some((k) => String(k) === cls)).map((e) => `${cls}.${e.code.slice(2)}`)
      return own.length > 0 ? own : rows.flatMap((e) => e.classes.map((k) => `${k}.${e.code.slice(2)}`))
    }
    const same = ENHANCED_CODES.filter((e) => e.code.split('.')[1] === subject)
    if (same.length > 0) return inClass(same).slice(0, LIMIT)
    // A subject the registry does not have (5.9.9): each subject's own "other" code (X.n.0), nearest subject first.
    const others = ENHANCED_CODES.filter((e) => e.code.endsWith('.0') && e.code !== 'X.0.0')
    const distance = (e: (typeof ENHANCED_CODES)[number]) => Math.abs(Number(e.code.split('.')[1]) - Number(subject))
    return inClass(others.sort((a, b) => distance(a) - distance(b))).slice(0, LIMIT)
  }
  if (/^[0-9]{3}$/.test(raw)) {
    const n = Number(raw)
    return BASIC_CODES.map((b) => b.code)
      .filter((b) => b[0] === raw[0])
      .sort((x, y) => Math.abs(Number(x) - n) - Math.abs(Number(y) - n))
      .slice(0, LIMIT)
  }
  return POPULAR_CODES.slice(0, LIMIT)
}
