import type { WidgetLabels } from '../widget-labels.ts'

export default {
  loading: 'SMTP コードを読み込み中…',
  error: 'この SMTP コードを読み込めませんでした。',
  openPage: '比較ページを開く',
  openCodePage: 'コードのページを開く',
  unreachable: 'SMTP コードのサービスに接続できませんでした。',
  aspect: '観点',
  shared: '共通',
  differs: '相違',
  note: '注記',
  fixSender: '対処法（送信者）',
  fixAdmin: '対処法（管理者）',
  details: '詳細',
  timeline: 'SMTP セッション内の位置',
  arises: 'ここで発生',
  classLabel: 'クラス',
  references: '参考文献',
} satisfies WidgetLabels
