// The names of the reply classes (RFC 5321 §4.2.1) and enhanced status classes (RFC 3463 §3.1) in every served
// language: one table, used by the comparison summaries (api-phrases/<lang>.ts) and by core, which puts them in each
// entry's classInfo.name, so the code cards, the summary lists and the widget badge say the same words. Written as
// they read inside a sentence ("постоянное отрицательное завершение"); `classLabel` capitalises one for a badge.
import { VI_CLASSES } from './content/vi-classes.ts'
import type { Locale } from './locales.ts'

export type ClassKey = 'basic-2' | 'basic-3' | 'basic-4' | 'basic-5' | 'enhanced-2' | 'enhanced-4' | 'enhanced-5'
export type ClassNames = Record<ClassKey, string>

function fromCatalog(classes: typeof VI_CLASSES): ClassNames {
  const out = {} as ClassNames
  for (const [key, value] of Object.entries(classes)) if (value.name) out[key as ClassKey] = value.name.toLowerCase()
  return out
}

/** English is the catalog's own (data/classes.ts) and needs no entry here. */
export const CLASS_NAMES: Record<Exclude<Locale, 'en'>, ClassNames> = {
  // From the translated catalog (content/vi-classes.ts), in the sentence form.
  vi: fromCatalog(VI_CLASSES),
  ru: {
    'basic-2': 'положительное завершение',
    'basic-3': 'положительный промежуточный результат',
    'basic-4': 'временное отрицательное завершение',
    'basic-5': 'постоянное отрицательное завершение',
    'enhanced-2': 'успех',
    'enhanced-4': 'устойчивый временный сбой',
    'enhanced-5': 'постоянный сбой',
  },
  fr: {
    'basic-2': 'réponse positive définitive',
    'basic-3': 'réponse positive intermédiaire',
    'basic-4': 'réponse négative temporaire',
    'basic-5': 'réponse négative permanente',
    'enhanced-2': 'succès',
    'enhanced-4': 'échec temporaire persistant',
    'enhanced-5': 'échec permanent',
  },
  pt: {
    'basic-2': 'conclusão positiva',
    'basic-3': 'resposta intermediária positiva',
    'basic-4': 'conclusão negativa temporária',
    'basic-5': 'conclusão negativa permanente',
    'enhanced-2': 'sucesso',
    'enhanced-4': 'falha temporária persistente',
    'enhanced-5': 'falha permanente',
  },
  tr: {
    'basic-2': 'olumlu tamamlanma',
    'basic-3': 'olumlu ara yanıt',
    'basic-4': 'geçici olumsuz tamamlanma',
    'basic-5': 'kalıcı olumsuz tamamlanma',
    'enhanced-2': 'başarı',
    'enhanced-4': 'süregelen geçici hata',
    'enhanced-5': 'kalıcı hata',
  },
  es: {
    'basic-2': 'finalización positiva',
    'basic-3': 'respuesta intermedia positiva',
    'basic-4': 'finalización negativa temporal',
    'basic-5': 'finalización negativa permanente',
    'enhanced-2': 'éxito',
    'enhanced-4': 'fallo temporal persistente',
    'enhanced-5': 'fallo permanente',
  },
  de: {
    'basic-2': 'positiver Abschluss',
    'basic-3': 'positive Zwischenantwort',
    'basic-4': 'vorübergehend negativer Abschluss',
    'basic-5': 'dauerhaft negativer Abschluss',
    'enhanced-2': 'Erfolg',
    'enhanced-4': 'anhaltender vorübergehender Fehler',
    'enhanced-5': 'dauerhafter Fehler',
  },
  ja: {
    'basic-2': '肯定完了',
    'basic-3': '肯定中間',
    'basic-4': '一時的否定完了',
    'basic-5': '永続的否定完了',
    'enhanced-2': '成功',
    'enhanced-4': '持続的一時失敗',
    'enhanced-5': '永続的失敗',
  },
  zh: {
    'basic-2': '肯定完成',
    'basic-3': '肯定中间',
    'basic-4': '暂时性否定完成',
    'basic-5': '永久性否定完成',
    'enhanced-2': '成功',
    'enhanced-4': '持续性暂时失败',
    'enhanced-5': '永久性失败',
  },
  ko: {
    'basic-2': '긍정 완료',
    'basic-3': '긍정 중간',
    'basic-4': '일시적 부정 완료',
    'basic-5': '영구적 부정 완료',
    'enhanced-2': '성공',
    'enhanced-4': '지속적 일시 실패',
    'enhanced-5': '영구적 실패',
  },
  id: {
    'basic-2': 'penyelesaian positif',
    'basic-3': 'balasan perantara positif',
    'basic-4': 'penyelesaian negatif sementara',
    'basic-5': 'penyelesaian negatif permanen',
    'enhanced-2': 'berhasil',
    'enhanced-4': 'kegagalan sementara yang persisten',
    'enhanced-5': 'kegagalan permanen',
  },
}

/** The class name for a badge or a list in `lang`: the sentence form with its first letter capitalised. */
export function classLabel(lang: Exclude<Locale, 'en'>, key: ClassKey): string | undefined {
  const name = CLASS_NAMES[lang][key]
  return name === undefined ? undefined : name.charAt(0).toLocaleUpperCase(lang) + name.slice(1)
}
