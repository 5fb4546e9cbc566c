import type { WidgetLabels } from '../widget-labels.ts'

export default {
  loading: 'Đang tải mã SMTP…',
  error: 'Không tải được mã SMTP này.',
  openPage: 'Mở trang so sánh',
  openCodePage: 'Mở trang mã',
  unreachable: 'Không kết nối được dịch vụ mã SMTP.',
  aspect: 'Khía cạnh',
  shared: 'giống nhau',
  differs: 'khác nhau',
  note: 'Ghi chú',
  fixSender: 'Cách khắc phục (người gửi)',
  fixAdmin: 'Cách khắc phục (quản trị viên)',
  details: 'Chi tiết',
  timeline: 'Vị trí trong phiên SMTP',
  arises: 'xuất hiện ở đây',
  classLabel: 'Lớp',
  references: 'Tài liệu tham khảo',
} satisfies WidgetLabels
