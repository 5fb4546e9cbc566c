// UI labels of the embeddable widget, one set per served locale. Catalog text comes from the API already
// localized; these are only the card's own words, kept tiny because they ship inside /widget.js.
import type { Locale } from './locales.ts'

export interface WidgetLabels {
  loading: string
  error: string
  openPage: string
  aspect: string
  shared: string
  differs: string
  note: string
  fixSender: string
  fixAdmin: string
  details: string
  timeline: string
  arises: string
  classLabel: string
  references: string
}

export const WIDGET_LABELS: Record<Locale, WidgetLabels> = {
  en: { loading: 'Loading SMTP code…', error: 'Could not load this SMTP code.', openPage: 'Open the comparison page', aspect: 'Aspect', shared: 'shared', differs: 'differs', note: 'Note', fixSender: 'How to fix (sender)', fixAdmin: 'How to fix (admin)', details: 'Details', timeline: 'Where in the SMTP session', arises: 'arises here', classLabel: 'Class', references: 'References' },
  vi: { loading: 'Đang tải mã SMTP…', error: 'Không tải được mã SMTP này.', openPage: 'Mở trang so sánh', aspect: 'Khía cạnh', shared: 'giống nhau', differs: 'khác nhau', note: 'Ghi chú', fixSender: 'Cách khắc phục (người gửi)', fixAdmin: 'Cách khắc phục (quản trị viên)', details: 'Chi tiết', timeline: 'Vị trí trong phiên SMTP', arises: 'xuất hiện ở đây', classLabel: 'Lớp', references: 'Tài liệu tham khảo' },
  ru: { loading: 'Загрузка кода SMTP…', error: 'Не удалось загрузить этот код SMTP.', openPage: 'Открыть страницу сравнения', aspect: 'Аспект', shared: 'совпадает', differs: 'различается', note: 'Примечание', fixSender: 'Как исправить (отправитель)', fixAdmin: 'Как исправить (администратор)', details: 'Подробнее', timeline: 'Где в сеансе SMTP', arises: 'возникает здесь', classLabel: 'Класс', references: 'Источники' },
  fr: { loading: 'Chargement du code SMTP…', error: 'Impossible de charger ce code SMTP.', openPage: 'Ouvrir la page de comparaison', aspect: 'Aspect', shared: 'commun', differs: 'différent', note: 'Remarque', fixSender: 'Comment corriger (expéditeur)', fixAdmin: 'Comment corriger (administrateur)', details: 'Détails', timeline: 'Où dans la session SMTP', arises: 'survient ici', classLabel: 'Classe', references: 'Références' },
  pt: { loading: 'Carregando código SMTP…', error: 'Não foi possível carregar este código SMTP.', openPage: 'Abrir a página de comparação', aspect: 'Aspecto', shared: 'em comum', differs: 'difere', note: 'Nota', fixSender: 'Como corrigir (remetente)', fixAdmin: 'Como corrigir (administrador)', details: 'Detalhes', timeline: 'Onde na sessão SMTP', arises: 'ocorre aqui', classLabel: 'Classe', references: 'Referências' },
  tr: { loading: 'SMTP kodu yükleniyor…', error: 'Bu SMTP kodu yüklenemedi.', openPage: 'Karşılaştırma sayfasını aç', aspect: 'Özellik', shared: 'ortak', differs: 'farklı', note: 'Not', fixSender: 'Nasıl düzeltilir (gönderen)', fixAdmin: 'Nasıl düzeltilir (yönetici)', details: 'Ayrıntılar', timeline: 'SMTP oturumunda nerede', arises: 'burada oluşur', classLabel: 'Sınıf', references: 'Kaynaklar' },
  es: { loading: 'Cargando código SMTP…', error: 'No se pudo cargar este código SMTP.', openPage: 'Abrir la página de comparación', aspect: 'Aspecto', shared: 'en común', differs: 'difiere', note: 'Nota', fixSender: 'Cómo solucionarlo (remitente)', fixAdmin: 'Cómo solucionarlo (administrador)', details: 'Detalles', timeline: 'Dónde en la sesión SMTP', arises: 'surge aquí', classLabel: 'Clase', references: 'Referencias' },
  de: { loading: 'SMTP-Code wird geladen…', error: 'Dieser SMTP-Code konnte nicht geladen werden.', openPage: 'Vergleichsseite öffnen', aspect: 'Aspekt', shared: 'gleich', differs: 'unterschiedlich', note: 'Hinweis', fixSender: 'Behebung (Absender)', fixAdmin: 'Behebung (Administrator)', details: 'Details', timeline: 'Wo in der SMTP-Sitzung', arises: 'tritt hier auf', classLabel: 'Klasse', references: 'Quellen' },
  ja: { loading: 'SMTP コードを読み込み中…', error: 'この SMTP コードを読み込めませんでした。', openPage: '比較ページを開く', aspect: '観点', shared: '共通', differs: '相違', note: '注記', fixSender: '対処法（送信者）', fixAdmin: '対処法（管理者）', details: '詳細', timeline: 'SMTP セッション内の位置', arises: 'ここで発生', classLabel: 'クラス', references: '参考文献' },
  zh: { loading: '正在加载 SMTP 代码…', error: '无法加载此 SMTP 代码。', openPage: '打开比较页面', aspect: '方面', shared: '相同', differs: '不同', note: '注释', fixSender: '解决方法（发件人）', fixAdmin: '解决方法（管理员）', details: '详情', timeline: '在 SMTP 会话中的位置', arises: '在此出现', classLabel: '类别', references: '参考资料' },
  ko: { loading: 'SMTP 코드를 불러오는 중…', error: '이 SMTP 코드를 불러올 수 없습니다.', openPage: '비교 페이지 열기', aspect: '항목', shared: '공통', differs: '다름', note: '참고', fixSender: '해결 방법 (발신자)', fixAdmin: '해결 방법 (관리자)', details: '자세히', timeline: 'SMTP 세션 내 위치', arises: '여기서 발생', classLabel: '클래스', references: '참고 문헌' },
  id: { loading: 'Memuat kode SMTP…', error: 'Kode SMTP ini tidak dapat dimuat.', openPage: 'Buka halaman perbandingan', aspect: 'Aspek', shared: 'sama', differs: 'berbeda', note: 'Catatan', fixSender: 'Cara memperbaiki (pengirim)', fixAdmin: 'Cara memperbaiki (admin)', details: 'Detail', timeline: 'Posisi dalam sesi SMTP', arises: 'muncul di sini', classLabel: 'Kelas', references: 'Referensi' },
}
