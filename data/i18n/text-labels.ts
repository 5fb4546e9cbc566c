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

/**
 * The words of the command line's delivery reports (`explain` on a bounce or a log, and `report`), in the locales
 * translated so far; the others fall back to English word by word. Reason ids, actions and header field names stay
 * as the API spells them, since scripts match them.
 */
export interface ReportLabels {
  bounceMessage: string
  logExcerpt: string
  recipient: string
  recipients: string
  remoteMta: string
  toDo: string
  byReason: string
  byDomain: string
  warning: string
  lines: string
  deliveries: string
  delivered: string
  deferred: string
  bounced: string
  nothing: string
  bouncedByReason: string
  deferredByReason: string
  byRecipientDomain: string
  example: string
  /** "{n}" is the number of groups not shown. */
  more: string
  mostly: string
}

const EN_REPORT: ReportLabels = {
  bounceMessage: 'Bounce message',
  logExcerpt: 'Log excerpt',
  recipient: 'recipient',
  recipients: 'recipients',
  remoteMta: 'Remote MTA',
  toDo: 'To do',
  byReason: 'By reason',
  byDomain: 'By domain',
  warning: 'Warning',
  lines: 'lines',
  deliveries: 'deliveries',
  delivered: 'delivered',
  deferred: 'deferred',
  bounced: 'bounced',
  nothing: 'No bounced or deferred deliveries.',
  bouncedByReason: 'Bounced, by reason',
  deferredByReason: 'Deferred, by reason',
  byRecipientDomain: 'Bounced and deferred, by recipient domain',
  example: 'e.g.',
  more: '… and {n} more (--json lists all)',
  mostly: 'mostly',
}

const REPORT_LABELS: Partial<Record<Locale, Partial<ReportLabels>>> = {
  en: EN_REPORT,
  vi: {
    bounceMessage: 'Thư báo gửi không thành công',
    logExcerpt: 'Đoạn nhật ký',
    recipient: 'người nhận',
    recipients: 'người nhận',
    remoteMta: 'MTA phía nhận',
    toDo: 'Cần làm',
    byReason: 'Theo lý do',
    byDomain: 'Theo tên miền',
    warning: 'Cảnh báo',
    lines: 'dòng',
    deliveries: 'lần gửi',
    delivered: 'đã gửi',
    deferred: 'bị hoãn',
    bounced: 'bị trả về',
    nothing: 'Không có lần gửi nào bị trả về hoặc bị hoãn.',
    bouncedByReason: 'Bị trả về, theo lý do',
    deferredByReason: 'Bị hoãn, theo lý do',
    byRecipientDomain: 'Bị trả về và bị hoãn, theo tên miền người nhận',
    example: 'ví dụ',
    more: '… và {n} nhóm khác (--json liệt kê tất cả)',
    mostly: 'chủ yếu',
  },
}

/** The report's words in `lang`, English where a word is not translated yet. */
export function reportLabels(lang: Locale): ReportLabels & { serverSaid: string } {
  return { ...EN_REPORT, ...REPORT_LABELS[lang], serverSaid: TEXT_LABELS[lang].serverSaid }
}
