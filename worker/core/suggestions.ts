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
 * (5.7.99 → 5.7.0, 5.7.1, …); for a basic code, the basic codes of its class by numeric distance (599 → 554, 553,
 * …); for anything else, the most-searched codes.
 */
export function nearestCodes(raw: string): string[] {
  const enhanced = /^([2-5])\.([0-9]{1,3})\.([0-9]{1,3})$/.exec(raw)
  if (enhanced) {
    const [, cls, subject] = enhanced
    return ENHANCED_CODES.filter((e) => e.code.split('.')[1] === subject)
      .flatMap((e) => e.classes.filter((k) => String(k) === cls || e.classes.length === 1).map((k) => `${k}.${e.code.slice(2)}`))
      .slice(0, LIMIT)
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
