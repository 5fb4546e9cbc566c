// The labels of the plain-text API answers (curl), in every served locale. The headings shared with the pages
// (when you see it, how to fix, sender, administrator, learn more, warnings) come from
// page-labels.ts; these are the few the text views add.
import type { Locale } from './locales.ts'

export interface TextLabels {
  retry: string
  usuallyWith: string
  stage: string
  serverSaid: string
  shared: string
  note: string
  differences: string
}

export const TEXT_LABELS: Record<Locale, TextLabels> = {
  en: {
    retry: 'Retry',
    usuallyWith: 'Usually with',
    stage: 'Stage',
    serverSaid: 'Server said',
    shared: 'Shared',
    note: 'Note',
    differences: 'Differences',
  },
  vi: {
    retry: 'Thử lại',
    usuallyWith: 'Thường đi kèm với',
    stage: 'Giai đoạn',
    serverSaid: 'Máy chủ trả lời',
    shared: 'Giống nhau',
    note: 'Ghi chú',
    differences: 'Khác biệt',
  },
  ru: {
    retry: 'Повтор',
    usuallyWith: 'Обычно вместе с',
    stage: 'Этап',
    serverSaid: 'Ответ сервера',
    shared: 'Общее',
    note: 'Примечание',
    differences: 'Различия',
  },
  fr: {
    retry: 'Nouvel essai',
    usuallyWith: 'Souvent avec',
    stage: 'Étape',
    serverSaid: 'Réponse du serveur',
    shared: 'En commun',
    note: 'Remarque',
    differences: 'Différences',
  },
  pt: {
    retry: 'Nova tentativa',
    usuallyWith: 'Geralmente com',
    stage: 'Etapa',
    serverSaid: 'Resposta do servidor',
    shared: 'Em comum',
    note: 'Nota',
    differences: 'Diferenças',
  },
  tr: {
    retry: 'Yeniden deneme',
    usuallyWith: 'Genellikle şununla',
    stage: 'Aşama',
    serverSaid: 'Sunucunun yanıtı',
    shared: 'Ortak',
    note: 'Not',
    differences: 'Farklar',
  },
  es: {
    retry: 'Reintento',
    usuallyWith: 'Suele ir con',
    stage: 'Etapa',
    serverSaid: 'Respuesta del servidor',
    shared: 'En común',
    note: 'Nota',
    differences: 'Diferencias',
  },
  de: {
    retry: 'Wiederholung',
    usuallyWith: 'Meist zusammen mit',
    stage: 'Phase',
    serverSaid: 'Antwort des Servers',
    shared: 'Gemeinsam',
    note: 'Hinweis',
    differences: 'Unterschiede',
  },
  ja: {
    retry: '再試行',
    usuallyWith: 'よく一緒に使われる',
    stage: '段階',
    serverSaid: 'サーバーの応答',
    shared: '共通',
    note: '注記',
    differences: '違い',
  },
  zh: { retry: '重试', usuallyWith: '通常搭配', stage: '阶段', serverSaid: '服务器回复', shared: '相同', note: '说明', differences: '差异' },
  ko: {
    retry: '재시도',
    usuallyWith: '주로 함께 쓰는 코드',
    stage: '단계',
    serverSaid: '서버 응답',
    shared: '공통',
    note: '참고',
    differences: '차이점',
  },
  id: {
    retry: 'Coba lagi',
    usuallyWith: 'Biasanya bersama',
    stage: 'Tahap',
    serverSaid: 'Jawaban server',
    shared: 'Sama',
    note: 'Catatan',
    differences: 'Perbedaan',
  },
}
