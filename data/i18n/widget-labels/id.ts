import type { WidgetLabels } from '../widget-labels.ts'

export default {
  loading: 'Memuat kode SMTP…',
  error: 'Kode SMTP ini tidak dapat dimuat.',
  openPage: 'Buka halaman perbandingan',
  openCodePage: 'Buka halaman kode',
  unreachable: 'Layanan kode SMTP tidak dapat dihubungi.',
  aspect: 'Aspek',
  shared: 'sama',
  differs: 'berbeda',
  note: 'Catatan',
  fixSender: 'Cara memperbaiki (pengirim)',
  fixAdmin: 'Cara memperbaiki (admin)',
  details: 'Detail',
  timeline: 'Posisi dalam sesi SMTP',
  arises: 'muncul di sini',
  classLabel: 'Kelas',
  references: 'Referensi',
} satisfies WidgetLabels
