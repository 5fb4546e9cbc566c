import type { WidgetLabels } from '../widget-labels.ts'

export default {
  loading: 'SMTP kodu yükleniyor…',
  error: 'Bu SMTP kodu yüklenemedi.',
  openPage: 'Karşılaştırma sayfasını aç',
  openCodePage: 'Kod sayfasını aç',
  unreachable: 'SMTP kod hizmetine ulaşılamadı.',
  aspect: 'Özellik',
  shared: 'ortak',
  differs: 'farklı',
  note: 'Not',
  fixSender: 'Nasıl düzeltilir (gönderen)',
  fixAdmin: 'Nasıl düzeltilir (yönetici)',
  details: 'Ayrıntılar',
  timeline: 'SMTP oturumunda nerede',
  arises: 'burada oluşur',
  classLabel: 'Sınıf',
  references: 'Kaynaklar',
} satisfies WidgetLabels
