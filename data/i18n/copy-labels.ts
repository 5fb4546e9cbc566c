// The words of the /explain page's "Copy as text" button, which only the page's module (browser/explain.ts) shows:
// a table of their own, so that the Worker's bundle, which never renders the button, carries none of them.
import type { Locale } from './locales.ts'

export interface CopyLabels {
  /** The button that copies the results (redacted when the box is ticked) as plain text. */
  copyText: string
  /** Announced in a live region once the text is on the clipboard, or when the browser refused. */
  copied: string
  copyFailed: string
}

export const COPY_LABELS: Record<Locale, CopyLabels> = {
  en: {
    copyText: 'Copy as text',
    copied: 'The results were copied as text.',
    copyFailed: 'The browser did not allow copying. Select the results and copy them yourself.',
  },
  vi: {
    copyText: 'Sao chép dạng văn bản',
    copied: 'Đã sao chép kết quả dạng văn bản.',
    copyFailed: 'Trình duyệt không cho phép sao chép. Hãy chọn kết quả và tự sao chép.',
  },
  ru: {
    copyText: 'Копировать как текст',
    copied: 'Результаты скопированы как текст.',
    copyFailed: 'Браузер не разрешил копирование. Выделите результаты и скопируйте их вручную.',
  },
  fr: {
    copyText: 'Copier en texte',
    copied: 'Les résultats ont été copiés en texte.',
    copyFailed: 'Le navigateur n’a pas autorisé la copie. Sélectionnez les résultats et copiez-les vous-même.',
  },
  pt: {
    copyText: 'Copiar como texto',
    copied: 'Os resultados foram copiados como texto.',
    copyFailed: 'O navegador não permitiu copiar. Selecione os resultados e copie-os manualmente.',
  },
  tr: {
    copyText: 'Metin olarak kopyala',
    copied: 'Sonuçlar metin olarak kopyalandı.',
    copyFailed: 'Tarayıcı kopyalamaya izin vermedi. Sonuçları seçip kendiniz kopyalayın.',
  },
  es: {
    copyText: 'Copiar como texto',
    copied: 'Los resultados se copiaron como texto.',
    copyFailed: 'El navegador no permitió copiar. Seleccione los resultados y cópielos usted mismo.',
  },
  de: {
    copyText: 'Als Text kopieren',
    copied: 'Die Ergebnisse wurden als Text kopiert.',
    copyFailed: 'Der Browser hat das Kopieren nicht erlaubt. Markieren Sie die Ergebnisse und kopieren Sie sie selbst.',
  },
  ja: {
    copyText: 'テキストとしてコピー',
    copied: '結果をテキストとしてコピーしました。',
    copyFailed: 'ブラウザーがコピーを許可しませんでした。結果を選択して手動でコピーしてください。',
  },
  zh: { copyText: '复制为文本', copied: '已将结果复制为文本。', copyFailed: '浏览器不允许复制。请选中结果后自行复制。' },
  ko: {
    copyText: '텍스트로 복사',
    copied: '결과를 텍스트로 복사했습니다.',
    copyFailed: '브라우저가 복사를 허용하지 않았습니다. 결과를 선택해 직접 복사하세요.',
  },
  id: {
    copyText: 'Salin sebagai teks',
    copied: 'Hasil telah disalin sebagai teks.',
    copyFailed: 'Peramban tidak mengizinkan penyalinan. Pilih hasilnya lalu salin sendiri.',
  },
}
