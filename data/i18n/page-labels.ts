// The human pages' own words (headings, navigation, notices) in every served locale. Catalog prose comes from
// data/i18n/content/ instead; these never mention a specific code.
import type { Locale } from './locales.ts'

export interface PageLabels {
  siteName: string
  home: string
  codes: string
  explain: string
  language: string
  searchLabel: string
  searchButton: string
  searchHint: string
  popular: string
  summary: string
  description: string
  whenSeen: string
  howToFix: string
  sender: string
  admin: string
  keyDifferences: string
  aspect: string
  whenToUse: string
  learnMore: string
  timeline: string
  greeting: string
  endOfData: string
  compareWith: string
  embed: string
  /** The embed heading on a code page, where the snippet shows one code, not a comparison. */
  embedCode: string
  fallbackNotice: string
  notFoundTitle: string
  notFoundHelp: string
  badRequestTitle: string
  suggestions: string
  explainLabel: string
  warnings: string
  basicCodes: string
  enhancedCodes: string
}

export const PAGE_LABELS: Record<Locale, PageLabels> = {
  en: {
    siteName: 'SMTP code compare', home: 'Home', codes: 'All codes', explain: 'Explain a reply', language: 'Language',
    searchLabel: 'SMTP code, two codes or a pasted reply', searchButton: 'Look up', searchHint: 'Examples: 535, 5.7.8, 252 vs 535, "550 5.1.1 User unknown"',
    popular: 'Most searched codes', summary: 'Summary', description: 'Description', whenSeen: 'When you see this code', howToFix: 'How to fix',
    sender: 'Sender', admin: 'Administrator', keyDifferences: 'Key differences', aspect: 'Aspect', whenToUse: 'When to use which',
    learnMore: 'Learn more', timeline: 'Where in the SMTP session', greeting: 'Greeting', endOfData: 'End of data', compareWith: 'Compare with',
    embed: 'Embed this comparison', embedCode: 'Embed this code', fallbackNotice: 'Part of this page is not translated yet and is shown in English.',
    notFoundTitle: 'Page not found', notFoundHelp: 'We have no page at this address. These may be what you were looking for:',
    badRequestTitle: 'That is not an SMTP code', suggestions: 'Suggestions', explainLabel: 'Paste the server reply or the bounce line',
    warnings: 'Warnings', basicCodes: 'Basic reply codes', enhancedCodes: 'Enhanced status codes',
  },
  vi: {
    siteName: 'So sánh mã SMTP', home: 'Trang chủ', codes: 'Tất cả mã', explain: 'Giải thích phản hồi', language: 'Ngôn ngữ',
    searchLabel: 'Mã SMTP, hai mã hoặc phản hồi được dán vào', searchButton: 'Tra cứu', searchHint: 'Ví dụ: 535, 5.7.8, 252 vs 535, "550 5.1.1 User unknown"',
    popular: 'Mã được tìm nhiều nhất', summary: 'Tóm tắt', description: 'Mô tả', whenSeen: 'Khi bạn thấy mã này', howToFix: 'Cách khắc phục',
    sender: 'Người gửi', admin: 'Quản trị viên', keyDifferences: 'Sự khác biệt chính', aspect: 'Khía cạnh', whenToUse: 'Khi nào dùng cái nào',
    learnMore: 'Tìm hiểu thêm', timeline: 'Vị trí trong phiên SMTP', greeting: 'Lời chào', endOfData: 'Kết thúc dữ liệu', compareWith: 'So sánh với',
    embed: 'Nhúng phần so sánh này', embedCode: 'Nhúng mã này', fallbackNotice: 'Một phần trang này chưa được dịch và đang hiển thị bằng tiếng Anh.',
    notFoundTitle: 'Không tìm thấy trang', notFoundHelp: 'Không có trang nào ở địa chỉ này. Có thể bạn đang tìm:',
    badRequestTitle: 'Đây không phải là mã SMTP', suggestions: 'Gợi ý', explainLabel: 'Dán phản hồi của máy chủ hoặc dòng thư bị trả lại',
    warnings: 'Cảnh báo', basicCodes: 'Mã phản hồi cơ bản', enhancedCodes: 'Mã trạng thái mở rộng',
  },
  ru: {
    siteName: 'Сравнение кодов SMTP', home: 'Главная', codes: 'Все коды', explain: 'Разобрать ответ', language: 'Язык',
    searchLabel: 'Код SMTP, два кода или вставленный ответ', searchButton: 'Найти', searchHint: 'Примеры: 535, 5.7.8, 252 vs 535, «550 5.1.1 User unknown»',
    popular: 'Самые популярные коды', summary: 'Кратко', description: 'Описание', whenSeen: 'Когда вы видите этот код', howToFix: 'Как исправить',
    sender: 'Отправитель', admin: 'Администратор', keyDifferences: 'Главные различия', aspect: 'Аспект', whenToUse: 'Когда какой используется',
    learnMore: 'Подробнее', timeline: 'Где в сеансе SMTP', greeting: 'Приветствие', endOfData: 'Конец данных', compareWith: 'Сравнить с',
    embed: 'Встроить это сравнение', embedCode: 'Встроить этот код', fallbackNotice: 'Часть этой страницы ещё не переведена и показана на английском.',
    notFoundTitle: 'Страница не найдена', notFoundHelp: 'По этому адресу страницы нет. Возможно, вы искали:',
    badRequestTitle: 'Это не код SMTP', suggestions: 'Предложения', explainLabel: 'Вставьте ответ сервера или строку из возврата',
    warnings: 'Предупреждения', basicCodes: 'Базовые коды ответа', enhancedCodes: 'Расширенные коды состояния',
  },
  fr: {
    siteName: 'Comparateur de codes SMTP', home: 'Accueil', codes: 'Tous les codes', explain: 'Expliquer une réponse', language: 'Langue',
    searchLabel: 'Code SMTP, deux codes ou une réponse collée', searchButton: 'Rechercher', searchHint: 'Exemples : 535, 5.7.8, 252 vs 535, « 550 5.1.1 User unknown »',
    popular: 'Codes les plus recherchés', summary: 'Résumé', description: 'Description', whenSeen: 'Quand vous voyez ce code', howToFix: 'Comment corriger',
    sender: 'Expéditeur', admin: 'Administrateur', keyDifferences: 'Différences principales', aspect: 'Critère', whenToUse: 'Quand utiliser lequel',
    learnMore: 'En savoir plus', timeline: 'Où dans la session SMTP', greeting: 'Accueil du serveur', endOfData: 'Fin des données', compareWith: 'Comparer avec',
    embed: 'Intégrer cette comparaison', embedCode: 'Intégrer ce code', fallbackNotice: 'Une partie de cette page n’est pas encore traduite et s’affiche en anglais.',
    notFoundTitle: 'Page introuvable', notFoundHelp: 'Aucune page à cette adresse. Vous cherchiez peut-être :',
    badRequestTitle: 'Ce n’est pas un code SMTP', suggestions: 'Suggestions', explainLabel: 'Collez la réponse du serveur ou la ligne du rejet',
    warnings: 'Avertissements', basicCodes: 'Codes de réponse de base', enhancedCodes: 'Codes d’état étendus',
  },
  pt: {
    siteName: 'Comparador de códigos SMTP', home: 'Início', codes: 'Todos os códigos', explain: 'Explicar uma resposta', language: 'Idioma',
    searchLabel: 'Código SMTP, dois códigos ou uma resposta colada', searchButton: 'Consultar', searchHint: 'Exemplos: 535, 5.7.8, 252 vs 535, "550 5.1.1 User unknown"',
    popular: 'Códigos mais pesquisados', summary: 'Resumo', description: 'Descrição', whenSeen: 'Quando você vê este código', howToFix: 'Como corrigir',
    sender: 'Remetente', admin: 'Administrador', keyDifferences: 'Principais diferenças', aspect: 'Aspecto', whenToUse: 'Quando usar cada um',
    learnMore: 'Saiba mais', timeline: 'Onde na sessão SMTP', greeting: 'Saudação', endOfData: 'Fim dos dados', compareWith: 'Comparar com',
    embed: 'Incorporar esta comparação', embedCode: 'Incorporar este código', fallbackNotice: 'Parte desta página ainda não foi traduzida e aparece em inglês.',
    notFoundTitle: 'Página não encontrada', notFoundHelp: 'Não há página neste endereço. Talvez você procure:',
    badRequestTitle: 'Isto não é um código SMTP', suggestions: 'Sugestões', explainLabel: 'Cole a resposta do servidor ou a linha da devolução',
    warnings: 'Avisos', basicCodes: 'Códigos de resposta básicos', enhancedCodes: 'Códigos de status estendidos',
  },
  tr: {
    siteName: 'SMTP kodu karşılaştırma', home: 'Ana sayfa', codes: 'Tüm kodlar', explain: 'Bir yanıtı açıkla', language: 'Dil',
    searchLabel: 'SMTP kodu, iki kod ya da yapıştırılmış bir yanıt', searchButton: 'Ara', searchHint: 'Örnekler: 535, 5.7.8, 252 vs 535, "550 5.1.1 User unknown"',
    popular: 'En çok aranan kodlar', summary: 'Özet', description: 'Açıklama', whenSeen: 'Bu kodu ne zaman görürsünüz', howToFix: 'Nasıl düzeltilir',
    sender: 'Gönderen', admin: 'Yönetici', keyDifferences: 'Temel farklar', aspect: 'Özellik', whenToUse: 'Hangisi ne zaman kullanılır',
    learnMore: 'Daha fazla bilgi', timeline: 'SMTP oturumunda nerede', greeting: 'Karşılama', endOfData: 'Veri sonu', compareWith: 'Şununla karşılaştır',
    embed: 'Bu karşılaştırmayı yerleştir', embedCode: 'Bu kodu yerleştir', fallbackNotice: 'Bu sayfanın bir kısmı henüz çevrilmedi ve İngilizce gösteriliyor.',
    notFoundTitle: 'Sayfa bulunamadı', notFoundHelp: 'Bu adreste sayfa yok. Aradığınız bunlar olabilir:',
    badRequestTitle: 'Bu bir SMTP kodu değil', suggestions: 'Öneriler', explainLabel: 'Sunucu yanıtını veya geri dönen iletinin satırını yapıştırın',
    warnings: 'Uyarılar', basicCodes: 'Temel yanıt kodları', enhancedCodes: 'Genişletilmiş durum kodları',
  },
  es: {
    siteName: 'Comparador de códigos SMTP', home: 'Inicio', codes: 'Todos los códigos', explain: 'Explicar una respuesta', language: 'Idioma',
    searchLabel: 'Código SMTP, dos códigos o una respuesta pegada', searchButton: 'Buscar', searchHint: 'Ejemplos: 535, 5.7.8, 252 vs 535, «550 5.1.1 User unknown»',
    popular: 'Códigos más buscados', summary: 'Resumen', description: 'Descripción', whenSeen: 'Cuándo ve este código', howToFix: 'Cómo solucionarlo',
    sender: 'Remitente', admin: 'Administrador', keyDifferences: 'Diferencias clave', aspect: 'Aspecto', whenToUse: 'Cuándo usar cada uno',
    learnMore: 'Más información', timeline: 'Dónde en la sesión SMTP', greeting: 'Saludo', endOfData: 'Fin de los datos', compareWith: 'Comparar con',
    embed: 'Insertar esta comparación', embedCode: 'Insertar este código', fallbackNotice: 'Parte de esta página aún no está traducida y se muestra en inglés.',
    notFoundTitle: 'Página no encontrada', notFoundHelp: 'No hay ninguna página en esta dirección. Quizá buscaba:',
    badRequestTitle: 'Esto no es un código SMTP', suggestions: 'Sugerencias', explainLabel: 'Pegue la respuesta del servidor o la línea del rebote',
    warnings: 'Advertencias', basicCodes: 'Códigos de respuesta básicos', enhancedCodes: 'Códigos de estado ampliados',
  },
  de: {
    siteName: 'SMTP-Code-Vergleich', home: 'Startseite', codes: 'Alle Codes', explain: 'Antwort erklären', language: 'Sprache',
    searchLabel: 'SMTP-Code, zwei Codes oder eine eingefügte Antwort', searchButton: 'Nachschlagen', searchHint: 'Beispiele: 535, 5.7.8, 252 vs 535, „550 5.1.1 User unknown“',
    popular: 'Meistgesuchte Codes', summary: 'Zusammenfassung', description: 'Beschreibung', whenSeen: 'Wann Sie diesen Code sehen', howToFix: 'Behebung',
    sender: 'Absender', admin: 'Administrator', keyDifferences: 'Wichtigste Unterschiede', aspect: 'Merkmal', whenToUse: 'Wann welcher verwendet wird',
    learnMore: 'Mehr erfahren', timeline: 'Wo in der SMTP-Sitzung', greeting: 'Begrüßung', endOfData: 'Ende der Daten', compareWith: 'Vergleichen mit',
    embed: 'Diesen Vergleich einbetten', embedCode: 'Diesen Code einbetten', fallbackNotice: 'Ein Teil dieser Seite ist noch nicht übersetzt und wird auf Englisch angezeigt.',
    notFoundTitle: 'Seite nicht gefunden', notFoundHelp: 'Unter dieser Adresse gibt es keine Seite. Vielleicht suchen Sie:',
    badRequestTitle: 'Das ist kein SMTP-Code', suggestions: 'Vorschläge', explainLabel: 'Fügen Sie die Serverantwort oder die Zeile aus der Unzustellbarkeitsnachricht ein',
    warnings: 'Warnungen', basicCodes: 'Einfache Antwortcodes', enhancedCodes: 'Erweiterte Statuscodes',
  },
  ja: {
    siteName: 'SMTP コード比較', home: 'ホーム', codes: 'すべてのコード', explain: '応答を解説', language: '言語',
    searchLabel: 'SMTP コード、2 つのコード、または貼り付けた応答', searchButton: '検索', searchHint: '例: 535、5.7.8、252 vs 535、「550 5.1.1 User unknown」',
    popular: 'よく検索されるコード', summary: '概要', description: '説明', whenSeen: 'このコードが表示されるとき', howToFix: '対処方法',
    sender: '送信者', admin: '管理者', keyDifferences: '主な違い', aspect: '観点', whenToUse: 'どちらを使うべきか',
    learnMore: '詳細情報', timeline: 'SMTP セッション内の位置', greeting: '接続時の挨拶', endOfData: 'データ終了', compareWith: '比較対象',
    embed: 'この比較を埋め込む', embedCode: 'このコードを埋め込む', fallbackNotice: 'このページの一部はまだ翻訳されておらず、英語で表示されています。',
    notFoundTitle: 'ページが見つかりません', notFoundHelp: 'このアドレスにページはありません。お探しのものはこちらかもしれません:',
    badRequestTitle: 'SMTP コードではありません', suggestions: '候補', explainLabel: 'サーバーの応答またはバウンスの行を貼り付けてください',
    warnings: '警告', basicCodes: '基本応答コード', enhancedCodes: '拡張ステータスコード',
  },
  zh: {
    siteName: 'SMTP 代码对比', home: '首页', codes: '全部代码', explain: '解读回复', language: '语言',
    searchLabel: 'SMTP 代码、两个代码或粘贴的回复', searchButton: '查询', searchHint: '示例：535、5.7.8、252 vs 535、“550 5.1.1 User unknown”',
    popular: '最常搜索的代码', summary: '概述', description: '说明', whenSeen: '何时会看到此代码', howToFix: '如何解决',
    sender: '发件人', admin: '管理员', keyDifferences: '主要区别', aspect: '方面', whenToUse: '何时使用哪一个',
    learnMore: '了解更多', timeline: '在 SMTP 会话中的位置', greeting: '连接问候', endOfData: '数据结束', compareWith: '与之对比',
    embed: '嵌入此对比', embedCode: '嵌入此代码', fallbackNotice: '本页部分内容尚未翻译，以英文显示。',
    notFoundTitle: '找不到页面', notFoundHelp: '此地址没有页面。您可能在找：',
    badRequestTitle: '这不是 SMTP 代码', suggestions: '建议', explainLabel: '粘贴服务器回复或退信中的那一行',
    warnings: '警告', basicCodes: '基本回复代码', enhancedCodes: '增强状态代码',
  },
  ko: {
    siteName: 'SMTP 코드 비교', home: '홈', codes: '모든 코드', explain: '응답 해석', language: '언어',
    searchLabel: 'SMTP 코드, 두 개의 코드 또는 붙여 넣은 응답', searchButton: '조회', searchHint: '예: 535, 5.7.8, 252 vs 535, "550 5.1.1 User unknown"',
    popular: '가장 많이 검색된 코드', summary: '요약', description: '설명', whenSeen: '이 코드가 나타나는 경우', howToFix: '해결 방법',
    sender: '발신자', admin: '관리자', keyDifferences: '주요 차이점', aspect: '항목', whenToUse: '언제 어느 것을 쓰는지',
    learnMore: '더 알아보기', timeline: 'SMTP 세션 내 위치', greeting: '접속 인사', endOfData: '데이터 끝', compareWith: '비교 대상',
    embed: '이 비교 삽입하기', embedCode: '이 코드 삽입하기', fallbackNotice: '이 페이지의 일부는 아직 번역되지 않아 영어로 표시됩니다.',
    notFoundTitle: '페이지를 찾을 수 없음', notFoundHelp: '이 주소에는 페이지가 없습니다. 다음을 찾으셨을 수 있습니다:',
    badRequestTitle: 'SMTP 코드가 아닙니다', suggestions: '추천', explainLabel: '서버 응답이나 반송 메일의 줄을 붙여 넣으세요',
    warnings: '경고', basicCodes: '기본 응답 코드', enhancedCodes: '확장 상태 코드',
  },
  id: {
    siteName: 'Perbandingan kode SMTP', home: 'Beranda', codes: 'Semua kode', explain: 'Jelaskan balasan', language: 'Bahasa',
    searchLabel: 'Kode SMTP, dua kode, atau balasan yang ditempel', searchButton: 'Cari', searchHint: 'Contoh: 535, 5.7.8, 252 vs 535, "550 5.1.1 User unknown"',
    popular: 'Kode yang paling sering dicari', summary: 'Ringkasan', description: 'Deskripsi', whenSeen: 'Saat Anda melihat kode ini', howToFix: 'Cara memperbaiki',
    sender: 'Pengirim', admin: 'Administrator server', keyDifferences: 'Perbedaan utama', aspect: 'Aspek', whenToUse: 'Kapan memakai yang mana',
    learnMore: 'Pelajari lebih lanjut', timeline: 'Posisi dalam sesi SMTP', greeting: 'Salam pembuka', endOfData: 'Akhir data', compareWith: 'Bandingkan dengan',
    embed: 'Sematkan perbandingan ini', embedCode: 'Sematkan kode ini', fallbackNotice: 'Sebagian halaman ini belum diterjemahkan dan ditampilkan dalam bahasa Inggris.',
    notFoundTitle: 'Halaman tidak ditemukan', notFoundHelp: 'Tidak ada halaman di alamat ini. Mungkin ini yang Anda cari:',
    badRequestTitle: 'Itu bukan kode SMTP', suggestions: 'Saran', explainLabel: 'Tempel balasan server atau baris dari pesan pentalan',
    warnings: 'Peringatan', basicCodes: 'Kode balasan dasar', enhancedCodes: 'Kode status yang diperluas',
  },
}
