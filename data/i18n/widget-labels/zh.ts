import type { WidgetLabels } from '../widget-labels.ts'

export default {
  loading: '正在加载 SMTP 代码…',
  error: '无法加载此 SMTP 代码。',
  openPage: '打开比较页面',
  openCodePage: '打开代码页面',
  unreachable: '无法连接 SMTP 代码服务。',
  aspect: '方面',
  shared: '相同',
  differs: '不同',
  note: '注释',
  fixSender: '解决方法（发件人）',
  fixAdmin: '解决方法（管理员）',
  details: '详情',
  timeline: '在 SMTP 会话中的位置',
  arises: '在此出现',
  classLabel: '类别',
  references: '参考资料',
} satisfies WidgetLabels
