// Every field a catalog translation can hold, beside the English text it translates. The translation tests walk
// this to check each field is faithful, and the lock file (vi.lock.json) records a fingerprint of each English
// source, so an edit to the English prose that leaves a translation behind is caught instead of served.
import { BASIC_CODES } from '../../basic-codes.ts'
import { BASIC_CLASSES, ENHANCED_CLASSES } from '../../classes.ts'
import { CONFUSABLE_PAIRS } from '../../confusable-pairs.ts'
import { ENHANCED_CODES } from '../../enhanced-codes.ts'
import type { BasicCode, EnhancedCode } from '../../schema.ts'
import type { ContentTranslation, EntryTranslation } from './types.ts'

/** One translatable field: where it is, the English, and the translation if there is one. */
export interface TranslatedField {
  path: string
  en: string
  translated: string | undefined
}

function entryFields(prefix: string, en: BasicCode | EnhancedCode, t: EntryTranslation | undefined): TranslatedField[] {
  const out: TranslatedField[] = [
    { path: `${prefix}.title`, en: en.title, translated: t?.title },
    { path: `${prefix}.summary`, en: en.summary, translated: t?.summary },
    { path: `${prefix}.description`, en: en.description, translated: t?.description },
    { path: `${prefix}.whenSeen`, en: en.whenSeen, translated: t?.whenSeen },
    { path: `${prefix}.fix.sender`, en: en.fix.sender, translated: t?.fix?.sender },
    { path: `${prefix}.fix.admin`, en: en.fix.admin, translated: t?.fix?.admin },
  ]
  if (en.retryNote !== undefined) out.push({ path: `${prefix}.retryNote`, en: en.retryNote, translated: t?.retryNote })
  const contexts = 'contexts' in en ? en.contexts : undefined
  contexts?.forEach((ctx, i) => {
    out.push({ path: `${prefix}.contexts.${i}.title`, en: ctx.title, translated: t?.contexts?.[i]?.title })
    out.push({ path: `${prefix}.contexts.${i}.description`, en: ctx.description, translated: t?.contexts?.[i]?.description })
  })
  return out
}

/** Every translatable field of the English catalog, keyed like ContentTranslation, with `t`'s text where it has one. */
export function translatedFields(t: ContentTranslation): TranslatedField[] {
  const classes = [
    ...Object.entries(BASIC_CLASSES).map(([digit, info]) => [`basic-${digit}`, info] as const),
    ...Object.entries(ENHANCED_CLASSES).map(([digit, info]) => [`enhanced-${digit}`, info] as const),
  ]
  return [
    ...BASIC_CODES.flatMap((e) => entryFields(`basic.${e.code}`, e, t.basic[e.code])),
    ...ENHANCED_CODES.flatMap((e) => entryFields(`enhanced.${e.code}`, e, t.enhanced[e.code])),
    ...CONFUSABLE_PAIRS.map((p) => ({ path: `pairs.${p.a}|${p.b}`, en: p.note, translated: t.pairs[`${p.a}|${p.b}`] })),
    ...classes.flatMap(([key, info]) => [
      { path: `classes.${key}.name`, en: info.name, translated: t.classes[key]?.name },
      { path: `classes.${key}.meaning`, en: info.meaning, translated: t.classes[key]?.meaning },
    ]),
  ]
}
