import type { WidgetLabels } from '../widget-labels.ts'

export default {
  loading: 'Загрузка кода SMTP…',
  error: 'Не удалось загрузить этот код SMTP.',
  openPage: 'Открыть страницу сравнения',
  openCodePage: 'Открыть страницу кода',
  unreachable: 'Не удалось связаться со службой кодов SMTP.',
  aspect: 'Аспект',
  shared: 'совпадает',
  differs: 'различается',
  note: 'Примечание',
  fixSender: 'Как исправить (отправитель)',
  fixAdmin: 'Как исправить (администратор)',
  details: 'Подробнее',
  timeline: 'Где в сеансе SMTP',
  arises: 'возникает здесь',
  classLabel: 'Класс',
  references: 'Источники',
} satisfies WidgetLabels
