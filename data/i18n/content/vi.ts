// Vietnamese catalog prose. Anything missing falls back to English field by field (worker/core/locale.ts) and the
// page shows a notice with the English text marked lang="en". Terms follow the Vietnamese seed page ("Mô tả",
// "Khi bạn thấy mã này", "Cách khắc phục"); SMTP commands, codes, RFC numbers, header and product names stay as
// written in English, because that is what readers see in their logs.
import type { ContentTranslation, EntryTranslation } from './types.ts'
import { VI_CLASSES as classes } from './vi-classes.ts'

const pairs: ContentTranslation['pairs'] = {
  '450|550':
    'Cùng một cách diễn đạt ("mailbox unavailable" – hộp thư không khả dụng), nhưng kết quả trái ngược. 450 là tạm thời: hộp thư đang bận hoặc tạm thời bị chặn vì lý do chính sách (greylisting là trường hợp điển hình), và máy chủ gửi sẽ tự thử lại. 550 là vĩnh viễn: không tìm thấy hộp thư, quyền truy cập bị từ chối hoặc chính sách từ chối lệnh, và gửi lại nguyên thư đó sẽ lại thất bại.',
  '421|451':
    'Cả hai đều tạm thời, nhưng 421 kết thúc phiên: dịch vụ đang tắt hoặc từ chối phục vụ và đóng kết nối, nên toàn bộ giao dịch phải được thử lại trên một kết nối mới. 451 chỉ hủy hành động hiện tại do lỗi xử lý cục bộ; kết nối vẫn mở. Máy khách bị mất kết nối đột ngột nên xử lý như thể đã nhận 451.',
  '452|552':
    'Với trường hợp "quá nhiều người nhận" vượt giới hạn của phần mềm, phản hồi đúng là 452 (một chính sách cấu hình của máy chủ có thể dùng mã 5yz thay thế): máy khách chuyển thư cho những người nhận đã được chấp nhận và thử lại phần còn lại trong một giao dịch khác. RFC 821 đã ghi nhầm 552 cho trường hợp này, nên máy khách cũng nên coi 552 sau RCPT vì giới hạn số người nhận là tạm thời. Ngoài trường hợp đó, 452 nghĩa là dung lượng lưu trữ đang thiếu lúc này, còn 552 nghĩa là đã vượt một giới hạn cứng: thư lớn hơn kích thước tối đa cố định (SIZE) hoặc hộp thư đã vượt hạn mức.',
  '530|535':
    '530 nghĩa là máy chủ yêu cầu xác thực (hoặc, theo RFC 3207, STARTTLS) trước khi chấp nhận lệnh này: máy khách chưa xác thực. 535 nghĩa là máy khách đã xác thực và thông tin xác thực bị từ chối. Khắc phục 530 bằng cách cấu hình máy khách để đăng nhập; khắc phục 535 bằng cách sửa thông tin xác thực.',
  '534|535':
    '534 đánh giá phương thức, không phải mật khẩu: cơ chế SASL được chọn yếu hơn mức máy chủ cho phép với người dùng này, và máy khách nên thử lại bằng cơ chế khác. 535 đánh giá thông tin xác thực: chúng không hợp lệ hoặc không đủ, và máy khách nên yêu cầu người dùng nhập thông tin mới. Đổi mật khẩu không khắc phục được 534.',
  '252|550':
    'Khi trả lời VRFY, 252 nói "chưa xác minh, nhưng tôi sẽ nhận thư cho địa chỉ này và thử chuyển phát": đó là phản hồi thành công và không cho biết hộp thư có tồn tại hay không. 550 nghĩa là địa chỉ đã được kiểm tra và không thể chuyển phát, hoặc bị từ chối theo chính sách. Một trang tắt VRFY vì lý do bảo mật phải trả lời 252, và máy chủ trả lời 550 cho mọi địa chỉ là không tuân thủ chuẩn.',
  '550|554':
    '550 thường liên quan đến một hộp thư hoặc một lệnh: sau RCPT nó từ chối người nhận đó (người dùng không tồn tại hoặc do chính sách) trong khi những người nhận khác vẫn có thể được chấp nhận. 554 liên quan đến cả phiên hoặc cả giao dịch: ở lời chào nó từ chối phiên ("No SMTP service here"), sau DATA nó nghĩa là không có người nhận hợp lệ, và sau khi kết thúc dữ liệu nó từ chối toàn bộ thư.',
  '521|556':
    '521 là điều một máy chủ nói về chính nó, lúc kết nối, thay cho 220: máy này không bao giờ nhận thư. 556 là điều một máy chủ chuyển tiếp hoặc máy chủ gửi thư (submission) nói về tên miền của người khác: nó phát hiện (thường từ bản ghi null MX) rằng tên miền của người nhận không nhận thư, và báo lại điều đó, thường kèm 5.1.10. Cả hai đều vĩnh viễn; không mã nào dùng để từ chối những người gửi cụ thể, việc đó là của 550/554.',
  '5.1.1|5.1.10':
    '5.1.1 nói rằng hộp thư không tồn tại tại một tên miền có nhận thư: hãy kiểm tra phần tên (trước dấu @). 5.1.10 nói rằng toàn bộ tên miền người nhận công bố null MX và không nhận thư nào cả: viết phần tên kiểu gì cũng không được, vì vậy hãy kiểm tra tên miền hoặc liên hệ người đó bằng cách khác.',
  '454|535':
    'Sau AUTH, 454 là lỗi tạm thời phía máy chủ (hệ thống xác thực phía sau đang ngừng hoạt động): máy khách không nên hỏi mật khẩu khác, nên báo cho người dùng rằng máy chủ gặp lỗi, và có thể thử lại sau. 535 là sự từ chối vĩnh viễn đối với chính thông tin xác thực: người dùng phải cung cấp thông tin mới. Đổi một mật khẩu đang đúng vì gặp 454 chỉ tạo thêm vấn đề thứ hai.',
  '252|535':
    'Khác lệnh, khác lớp. 252 trả lời VRFY và là thành công (2xx): máy chủ không xác nhận địa chỉ nhưng sẽ nhận thư cho địa chỉ đó, nên không cần sửa gì. 535 trả lời AUTH và là lỗi vĩnh viễn (5xx): tên người dùng, mật khẩu hoặc token đã bị từ chối, và người gửi phải sửa thông tin xác thực trước khi gửi.',
  '250|251':
    'Cả hai đều chấp nhận người nhận. 251 cho biết thêm rằng người dùng không ở máy chủ này và thư sẽ được chuyển tiếp đến địa chỉ ghi trong phản hồi. Máy chủ cũng có thể lặng lẽ chuyển tiếp bằng 250, và máy chủ gửi 251 không được cho rằng máy khách sẽ cập nhật bất kỳ địa chỉ nào.',
  '251|551':
    'Cả hai đều nói "người dùng không ở đây" và có thể nêu một địa chỉ mới, nhưng 251 nhận thư và chuyển tiếp nó, còn 551 từ chối thư và đề nghị người gửi thử địa chỉ kia. Trước khi cập nhật sổ địa chỉ từ một trong hai phản hồi này, hãy chắc chắn máy chủ là thật.',
  '451|554':
    'Sau khi kết thúc dữ liệu, 451 là tạm thời: máy chủ nhận không nhận thư do một lỗi cục bộ, và máy chủ gửi giữ thư lại để thử lại. 554 là vĩnh viễn: thư đã bị từ chối, và máy khách không nên gửi lại thư đó đến máy chủ ấy khi chưa xem xét và thay đổi. Trong cả hai trường hợp, máy chủ nhận không được chuyển phát thư.',
  '500|502':
    '500 nghĩa là máy chủ hoàn toàn không nhận ra lệnh (hoặc dòng lệnh quá dài). 502 nghĩa là máy chủ nhận ra lệnh nhưng không triển khai nó. Máy chủ không được quảng bá trong EHLO một tính năng mà sau đó lại trả lời bằng 500 hoặc 502.',
  '502|504':
    '502 từ chối toàn bộ lệnh: lệnh không được triển khai. 504 chấp nhận lệnh nhưng không chấp nhận tham số được yêu cầu, trường hợp điển hình là AUTH với một cơ chế SASL mà máy chủ không hỗ trợ (kèm 5.5.4). Sau 504 cho AUTH, hãy chọn một cơ chế trong dòng AUTH của phản hồi EHLO.',
  '503|530':
    'Cả hai đều có nghĩa "phải làm việc khác trước", nhưng 503 nói về thứ tự lệnh: RCPT trước MAIL, DATA khi chưa có người nhận nào được chấp nhận, AUTH thêm lần nữa sau khi đã xác thực thành công, hoặc AUTH giữa một giao dịch. 530 nói về chính sách: máy chủ yêu cầu xác thực (hoặc STARTTLS) trước lệnh này. 503 thường là hệ quả của một lỗi trước đó; hãy xem phản hồi trước.',
  '550|553':
    '553 phản đối địa chỉ như đã viết: cú pháp sai, hoặc máy chủ không cho phép tên đó (ví dụ một địa chỉ người gửi mà tài khoản không được dùng). 550 phản đối hộp thư đằng sau một địa chỉ đúng cú pháp: hộp thư không tồn tại, quyền truy cập bị từ chối hoặc chính sách không cho phép. Khắc phục 553 bằng cách sửa chuỗi địa chỉ; khắc phục 550 bằng cách dùng hộp thư có tồn tại hoặc giải quyết vấn đề chính sách.',
  '5.7.1|5.7.26':
    '5.7.1 là lời từ chối chung vì chính sách: người gửi không được phép gửi đến đích này, vì bất kỳ lý do cục bộ nào (từ chối chuyển tiếp, danh sách chặn, quy tắc theo từng người nhận). 5.7.26 thì cụ thể: thư không vượt qua nhiều hơn một kiểm tra xác thực email (ví dụ cả SPF lẫn DKIM), nên cách khắc phục nằm ở cấu hình SPF và DKIM của tên miền gửi. RFC 7372 không nêu tên các cơ chế; chẳng hạn Gmail cũng gửi mã này khi thư không vượt qua DMARC.',
  '4.7.0|5.7.0':
    'Cùng là "trạng thái bảo mật khác hoặc không xác định" ở hai lớp. 4.7.0 là tạm thời, ví dụ 454 4.7.0 cho lỗi xác thực hoặc TLS tạm thời, và thử lại sau có thể thành công. 5.7.0 là vĩnh viễn, ví dụ 530 5.7.0 "Authentication required", và sẽ không có gì thay đổi cho đến khi máy khách xác thực hoặc chính sách thay đổi.',
  '421|554':
    'Ở lời chào, 421 nghĩa là "hiện không khả dụng": máy chủ đóng kết nối và máy khách thử lại sau (trên thực tế thường do tải hoặc giới hạn tốc độ). 554 nghĩa là "không có dịch vụ SMTP ở đây cho bạn": máy chủ chính thức từ chối phiên, chờ QUIT và trả lời các lệnh khác bằng 503, và thử lại theo cùng cách sẽ lại thất bại.',
  '5.2.2|5.3.4':
    '5.2.2 là vấn đề của người nhận: hộp thư đã đầy (vượt hạn mức), và cùng thư đó có thể được nhận khi có chỗ trống; RFC 3463 coi hộp thư đầy là lỗi tạm thời (4.2.2), dù nhiều máy chủ vẫn gửi 5.2.2. 5.3.4 là vấn đề của thư: thư lớn hơn mức tối đa mà hệ thống nhận chấp nhận trong mọi trường hợp, nên chỉ một thư nhỏ hơn (ví dụ gửi tệp qua liên kết) mới đi qua được.',
  '553|5.1.3':
    '553 là phản hồi cơ bản ("mailbox name not allowed" – tên hộp thư không được phép) và bao gồm cả cú pháp sai lẫn những tên máy chủ từ chối theo chính sách, cộng với tên không rõ ràng khi trả lời VRFY. 5.1.3 là chi tiết mở rộng cho một trong các trường hợp đó, khi địa chỉ đích có cú pháp không hợp lệ; nó thường được gửi kèm 553, và cả kèm 501 khi đối số sai định dạng.',
  '535|5.7.8':
    'Cùng một lỗi ở hai tầng: 535 là phản hồi ba chữ số cho AUTH và 5.7.8 là mã trạng thái mở rộng mà RFC 4954 gán cho nó, được gửi cùng nhau dưới dạng "535 5.7.8 Authentication credentials invalid". Phần mềm đọc chữ số đầu của 535 để biết lần thử đã thất bại vĩnh viễn; 5.7.8 cho con người biết lỗi nằm ở thông tin xác thực, không phải ở cơ chế hay máy chủ.',
  '250|354':
    '354 chỉ có nghĩa là máy chủ đã sẵn sàng nhận nội dung thư sau DATA; chưa có gì được chấp nhận. Phản hồi 250 theo sau dấu "." cuối cùng mới là điều quan trọng: từ lúc đó máy chủ nhận chịu trách nhiệm chuyển phát thư hoặc gửi thông báo lỗi.',
  '530|538':
    '530 nghĩa là máy khách chưa xác thực và phải xác thực. 538 nghĩa là máy khách đã thử xác thực bằng một cơ chế chỉ được dùng qua kết nối mã hóa: hãy bắt đầu TLS (STARTTLS) trước, rồi mới xác thực. RFC 4954 giữ 538 chỉ vì lý do lịch sử và nói máy chủ KHÔNG NÊN cung cấp những cơ chế như vậy trước TLS, nhưng một số máy chủ vẫn trả lời 538.',
  '552|554':
    '552 nêu rõ lý do là lưu trữ: thư vượt giới hạn kích thước hoặc hạn mức hộp thư. 554 là "giao dịch thất bại" chung mà máy chủ dùng cho nhiều kiểu từ chối sau dữ liệu thư, kể cả quyết định về thư rác và chính sách; một số máy chủ cũng gửi lời từ chối vì kích thước dưới dạng 554 5.3.4, nên hãy đọc mã mở rộng.',
  '450|451':
    'Cả hai đều tạm thời. 450 liên quan đến hộp thư hoặc một quyết định chính sách ("mailbox unavailable", ví dụ greylisting hoặc một người nhận tạm thời bị chặn). 451 liên quan đến chính máy chủ nhận: một lỗi xử lý cục bộ, như bộ lọc, tra cứu hoặc ghi đĩa bị lỗi.',
}

const basic: Record<string, EntryTranslation> = {
  '211': {
    title: 'Trạng thái hệ thống hoặc phản hồi trợ giúp hệ thống',
    summary: 'Phản hồi trạng thái hoặc trợ giúp mà máy chủ gửi để trả lời một yêu cầu thông tin như HELP.',
    description:
      'Phản hồi hoàn tất khẳng định mang thông tin trạng thái hệ thống hoặc trợ giúp. RFC 5321 liệt kê nó, cùng với 214, là phản hồi thành công cho HELP; nội dung văn bản dành cho con người, không dành cho phần mềm.',
    whenSeen: 'Hiếm gặp, khi trả lời HELP trên những máy chủ báo trạng thái theo cách này. Phần lớn máy chủ trả lời HELP bằng 214.',
    fix: {
      sender: 'Không cần khắc phục gì: yêu cầu đã thành công. Hãy đọc nội dung văn bản nếu bạn đã yêu cầu trợ giúp.',
      admin: 'Không cần làm gì.',
    },
  },
  '214': {
    title: 'Thông điệp trợ giúp',
    summary: 'Máy chủ trả lời HELP bằng thông tin dành cho người đọc.',
    description:
      'Phản hồi hoàn tất khẳng định mang văn bản trợ giúp: cách dùng máy chủ hoặc ý nghĩa của một lệnh không chuẩn. RFC 5321 lưu ý rằng phản hồi này chỉ hữu ích cho người dùng là con người, nên phần mềm không nên phân tích nó.',
    whenSeen: 'Khi trả lời HELP, có hoặc không có tên lệnh làm đối số.',
    fix: {
      sender: 'Không cần khắc phục gì. Nội dung là tài liệu hướng dẫn, không phải lỗi.',
      admin: 'Không cần làm gì. Một số nơi rút gọn văn bản trợ giúp để tránh để lộ thông tin về phần mềm (RFC 5321 §7.5 bàn về sự đánh đổi này).',
    },
  },
  '220': {
    title: '<domain> Dịch vụ sẵn sàng',
    summary: 'Máy chủ đã sẵn sàng: hoặc là lời chào khi kết nối mở, hoặc là sự cho phép bắt đầu TLS sau STARTTLS.',
    description:
      'Phản hồi hoàn tất khẳng định với hai cách dùng khác nhau. Là lời chào khi kết nối, nó báo cho máy khách rằng máy chủ đã sẵn sàng và nêu tên máy chủ; máy khách nên chờ nó trước khi gửi EHLO. Khi trả lời STARTTLS (RFC 3207), nó có nghĩa "Ready to start TLS" (sẵn sàng bắt đầu TLS): máy khách phải bắt đầu bắt tay TLS ngay lập tức.',
    whenSeen:
      'Thứ nhất, là banner ngay sau khi kết nối TCP mở (thường kèm tên phần mềm máy chủ). Thứ hai, là phản hồi cho STARTTLS, sau đó quá trình bắt tay TLS bắt đầu và phiên được đặt lại về trạng thái ngay sau lời chào.',
    fix: {
      sender: 'Không cần khắc phục gì. Sau 220 cho STARTTLS, máy khách bắt đầu TLS rồi gửi lại EHLO.',
      admin:
        'Không cần làm gì. Hãy đảm bảo lời chào nêu tên miền đầy đủ (FQDN) của máy chủ (RFC 5321 §4.3.1) và đến nhanh: máy khách chờ nó ít nhất 5 phút (RFC 5321 §4.5.3.2.1) nhưng lời chào chậm sẽ làm chậm toàn bộ thư.',
    },
    contexts: [
      {
        title: 'Dịch vụ sẵn sàng (lời chào khi kết nối)',
        description:
          'Phản hồi mở đầu bình thường của một phiên SMTP; từ đầu tiên sau mã là tên máy chủ. RFC 2034 miễn cho lời chào việc phải mang mã trạng thái mở rộng.',
      },
      {
        title: 'Sẵn sàng bắt đầu TLS',
        description:
          'Máy chủ chấp nhận STARTTLS; máy khách bắt đầu bắt tay TLS. Sau đó cả hai bên bỏ đi những gì đã biết trước TLS và máy khách gửi lại EHLO.',
      },
    ],
  },
  '221': {
    title: '<domain> Dịch vụ đang đóng kênh truyền',
    summary: 'Máy chủ xác nhận QUIT và đang đóng kết nối một cách bình thường.',
    description:
      'Phản hồi hoàn tất khẳng định cho QUIT. Máy chủ phải gửi nó rồi đóng kết nối; đó là kết thúc bình thường của một phiên, không phải lỗi.',
    whenSeen: 'Khi trả lời QUIT ở cuối mỗi phiên SMTP kết thúc đúng trình tự.',
    fix: {
      sender: 'Không cần khắc phục gì: phiên đã kết thúc bình thường.',
      admin: 'Không cần làm gì.',
    },
  },
  '235': {
    title: 'Xác thực thành công',
    summary: 'Trao đổi AUTH đã thành công và máy khách hiện đã được xác thực trong phiên này.',
    description:
      'Phản hồi thành công cho AUTH do RFC 4954 định nghĩa. Sau nó, không được gửi thêm lệnh AUTH nào trong cùng phiên; nếu đã thỏa thuận một lớp bảo mật SASL, phiên bắt đầu lại từ trạng thái sau lời chào và máy khách nên gửi EHLO trước.',
    whenSeen: 'Ở cuối một trao đổi AUTH thành công, thường ngay sau khi máy khách gửi thông tin xác thực.',
    fix: {
      sender: 'Không cần khắc phục gì. Tiếp tục với MAIL FROM.',
      admin: 'Không cần làm gì.',
    },
  },
  '250': {
    title: 'Hành động thư được yêu cầu đã ổn, đã hoàn tất',
    summary: 'Lệnh đã thành công: câu trả lời khẳng định thông thường cho EHLO, MAIL, RCPT, phần kết thúc dữ liệu, RSET, NOOP và các lệnh khác.',
    description:
      'Phản hồi thành công chung. Sức nặng của nó phụ thuộc vào lệnh: sau RCPT nó nghĩa là người nhận được chấp nhận, và sau khi kết thúc dữ liệu thư nó nghĩa là máy chủ đã nhận trách nhiệm chuyển phát thư hoặc báo lỗi (RFC 5321 §4.2.5). Khi trả lời VRFY hoặc EXPN, nó chỉ được gửi cho một địa chỉ đã thực sự được xác minh. Với ETRN (RFC 1985), nó nghĩa là đợt xử lý hàng đợi cho nút được yêu cầu đã bắt đầu, và với ATRN (RFC 2645) là máy chủ chấp nhận yêu cầu đảo vai trò.',
    whenSeen:
      'Sau hầu hết mọi lệnh thành công: EHLO/HELO (danh sách phần mở rộng), MAIL FROM, mỗi RCPT TO được chấp nhận, dấu "." cuối cùng của DATA hoặc khối BDAT cuối ("queued as ..."), RSET, NOOP, và VRFY/EXPN khi địa chỉ đã được xác minh.',
    fix: {
      sender:
        'Không cần khắc phục gì. Phản hồi 250 sau khi kết thúc dữ liệu nghĩa là máy chủ nhận đã nhận thư; nếu sau đó có vấn đề, nó sẽ đến dưới dạng thư báo lỗi (bounce), không phải phản hồi SMTP.',
      admin: 'Không cần làm gì.',
    },
    contexts: [
      {
        title: 'Hành động thư được yêu cầu đã ổn, đã hoàn tất',
        description: 'Lệnh đã thành công. Sau khi kết thúc dữ liệu, máy chủ nhận trách nhiệm chuyển phát hoặc gửi thông báo lỗi (RFC 5321 §4.2.5).',
      },
      {
        title: 'Địa chỉ đã được xác minh (VRFY) hoặc danh sách đã được mở rộng (EXPN)',
        description:
          'Máy chủ đã thực sự xác minh hộp thư hoặc mở rộng danh sách và trả về (các) hộp thư. Máy chủ không được trả lời 250 khi chỉ kiểm tra cú pháp (RFC 5321 §3.5.3).',
      },
      {
        title: 'OK, đã bắt đầu xếp hàng gửi cho nút <x>',
        description: 'Máy chủ đã bắt đầu chuyển phát thư đang xếp hàng cho nút được nêu trong ETRN.',
      },
    ],
  },
  '251': {
    title: 'Người dùng không ở máy chủ này; sẽ chuyển tiếp đến <forward-path>',
    summary: 'Người nhận được chấp nhận, nhưng máy chủ sẽ chuyển tiếp thư đến một địa chỉ khác mà nó nêu ra.',
    description:
      'Phản hồi hoàn tất khẳng định cho RCPT (hoặc VRFY) cho biết hộp thư không được xử lý tại đây và máy chủ sẽ chuyển tiếp thư đến forward-path đã nêu. Thay vào đó, máy chủ có thể lặng lẽ chuyển tiếp bằng 250, và không được cho rằng máy khách sẽ cập nhật bất kỳ sổ địa chỉ nào (RFC 5321 §3.4). Với ETRN (RFC 1985), cùng con số này có nghĩa "OK, no messages waiting for node <x>" (không có thư nào chờ cho nút <x>).',
    whenSeen:
      'Hiếm gặp ngày nay: sau RCPT TO cho một địa chỉ đã chuyển đi, trên những máy chủ tiết lộ địa chỉ mới. Phần lớn máy chủ lặng lẽ chuyển tiếp bằng 250 để bảo vệ quyền riêng tư.',
    fix: {
      sender:
        'Không cần khắc phục gì: thư sẽ được chuyển phát. Nếu phản hồi nêu một địa chỉ mới, bạn có thể cập nhật liên hệ, nhưng trước hãy kiểm tra máy chủ là thật (RFC 5321 §7.4).',
      admin: 'Không cần làm gì. RFC 5321 §3.4 yêu cầu các phần mềm cho phép tắt 251 và 551 nếu chúng làm lộ địa chỉ một cách không mong muốn.',
    },
    contexts: [
      {
        title: 'Người dùng không ở máy chủ này; sẽ chuyển tiếp đến <forward-path>',
        description: 'Người nhận được chấp nhận và thư sẽ được chuyển tiếp đến địa chỉ ghi trong phản hồi.',
      },
      {
        title: 'OK, không có thư nào chờ cho nút <x>',
        description: 'Yêu cầu ETRN hợp lệ, nhưng không có thư nào trong hàng đợi cho nút đó.',
      },
    ],
  },
  '252': {
    title: 'Không thể VRFY người dùng, nhưng sẽ nhận thư và thử chuyển phát',
    summary: 'Máy chủ sẽ không xác nhận hay phủ nhận rằng địa chỉ tồn tại, nhưng sẽ nhận thư cho địa chỉ đó và thử chuyển phát.',
    description:
      'Phản hồi hoàn tất khẳng định cho VRFY (hoặc EXPN) trong đó máy chủ từ chối xác minh địa chỉ, nhưng cho biết sẽ nhận thư cho địa chỉ đó và thử chuyển phát. RFC 5321 quy định đây là câu trả lời bắt buộc khi một trang tắt chức năng xác minh vì lý do bảo mật, để phản hồi không bị nhầm với một lần xác minh thành công hay thất bại; nó cũng là câu trả lời đúng khi một địa chỉ trông hợp lệ nhưng không thể kiểm tra theo thời gian thực, ví dụ trên một máy chủ thư dự phòng (backup MX). Với ETRN (RFC 1985), cùng con số này có nghĩa "OK, pending messages for node <x> started" (đã bắt đầu gửi các thư đang chờ cho nút <x>).',
    whenSeen:
      'Khi trả lời VRFY, lúc máy chủ không tiết lộ hộp thư có tồn tại hay không, thường là biện pháp chống thu thập địa chỉ. Nhiều máy chủ công cộng trả lời mọi lệnh VRFY theo cách này.',
    fix: {
      sender:
        'Không có gì sai: máy chủ vẫn sẽ thử chuyển phát. Đừng coi 252 là bằng chứng hộp thư tồn tại; hãy gửi thư và theo dõi thư báo lỗi (bounce) nếu có.',
      admin:
        'Không cần làm gì. Trả lời VRFY bằng 252 thay vì 250/550 chính là điều RFC 5321 §7.3 yêu cầu khi chức năng xác minh bị tắt vì lý do bảo mật.',
    },
    contexts: [
      {
        title: 'Không thể VRFY người dùng, nhưng sẽ nhận thư và thử chuyển phát',
        description:
          'Địa chỉ chưa được xác minh (do chính sách, hoặc vì không thể kiểm tra theo thời gian thực), nhưng thư gửi đến địa chỉ đó sẽ được nhận.',
      },
      {
        title: 'OK, đã bắt đầu gửi các thư đang chờ cho nút <x>',
        description: 'Máy chủ đã bắt đầu một đợt chuyển phát cho thư đang chờ của nút được nêu trong ETRN.',
      },
    ],
  },
  '253': {
    title: 'OK, đã bắt đầu gửi <n> thư đang chờ cho nút <x>',
    summary: 'ETRN được chấp nhận: máy chủ đã bắt đầu chuyển phát số thư đã nêu đang xếp hàng cho nút đó.',
    description:
      'Phản hồi hoàn tất khẳng định cho ETRN (RFC 1985), phần mở rộng khởi động hàng đợi từ xa dùng cho các trang kết nối không liên tục. Nó cho biết máy chủ đã bắt đầu chuyển phát bao nhiêu thư trong hàng đợi.',
    whenSeen: 'Khi trả lời ETRN từ một trang lấy thư đang chờ của mình sau khi kết nối.',
    fix: {
      sender: 'Không cần khắc phục gì: thư trong hàng đợi đang được gửi đi.',
      admin: 'Không cần làm gì.',
    },
  },
  '334': {
    title: 'Thử thách từ máy chủ (tiếp tục AUTH)',
    summary: 'Trao đổi AUTH tiếp tục: máy chủ gửi một thử thách base64 và chờ phản hồi của máy khách.',
    description:
      'Phản hồi trung gian của trao đổi AUTH (RFC 4954 §4). Nội dung của nó chỉ là thử thách SASL được mã hóa base64, có thể rỗng ("334 " với một dấu cách). Máy khách trả lời bằng một dòng base64, hoặc "*" để hủy (máy chủ sẽ trả lời việc hủy bằng 501).',
    whenSeen:
      'Trong quá trình AUTH, ví dụ các lời nhắc "334 VXNlcm5hbWU6" (Username:) và "334 UGFzc3dvcmQ6" (Password:) của AUTH LOGIN, hoặc một thử thách rỗng khi AUTH PLAIN được gửi mà không kèm phản hồi ban đầu.',
    fix: {
      sender: 'Không cần khắc phục gì: phần mềm máy khách nên gửi bước xác thực tiếp theo.',
      admin: 'Không cần làm gì.',
    },
  },
  '354': {
    title: 'Bắt đầu nhập thư; kết thúc bằng <CRLF>.<CRLF>',
    summary: 'DATA được chấp nhận: máy khách giờ nên gửi thư, kết thúc bằng một dòng chỉ chứa một dấu chấm.',
    description:
      'Phản hồi trung gian cho DATA. Máy chủ đã sẵn sàng nhận nội dung thư; máy khách gửi phần đầu thư (header) và thân thư rồi kết thúc bằng <CRLF>.<CRLF>. Máy khách không được gửi dữ liệu thư nếu chưa nhận được 354 (RFC 5321 §3.3). Phán quyết cuối cùng về thư đến sau dấu chấm kết thúc.',
    whenSeen: 'Ngay sau DATA, khi đã có ít nhất một người nhận được chấp nhận.',
    fix: {
      sender: 'Không cần khắc phục gì: hãy gửi nội dung thư.',
      admin: 'Không cần làm gì.',
    },
  },
  '421': {
    title: '<domain> Dịch vụ không khả dụng, đang đóng kênh truyền',
    summary: 'Máy chủ đang tắt hoặc tạm từ chối phục vụ và đóng kết nối; hãy thử lại sau.',
    description:
      'Phản hồi phủ định tạm thời có thể trả lời bất kỳ lệnh nào, hoặc thậm chí được gửi mà không cần lệnh, khi dịch vụ biết mình phải tắt. Máy chủ đóng kết nối sau khi gửi nó. Máy chủ bị buộc dừng nên cố gắng gửi nó; máy khách nên xử lý một kết nối bị ngắt như thể đã nhận 451 (RFC 5321 §3.8). Trên thực tế, nó cũng được dùng để hoãn máy khách ngay ở lời chào vì lý do tải hoặc giới hạn tốc độ.',
    whenSeen:
      'Ở lời chào khi máy chủ quá tải hoặc đang giới hạn kết nối từ địa chỉ của bạn, hoặc giữa phiên khi máy chủ tắt, hết thời gian chờ, hoặc có quá nhiều lỗi.',
    fix: {
      sender:
        'Không cần thay đổi gì trong thư: máy chủ thư của bạn sẽ tự động thử lại. Nếu tình trạng kéo dài hàng giờ, có thể bạn đang bị giới hạn tốc độ; hãy gửi ít thư hơn mỗi lần.',
      admin:
        'Phía nhận: kiểm tra tải, giới hạn kết nối và các lần tắt máy chủ. Phía gửi: giảm số kết nối đồng thời hoặc tốc độ gửi đến đích đó và kiểm tra xem địa chỉ IP của bạn có đang bị bóp băng thông (throttle) không.',
    },
    retryNote: 'Kết nối đã bị đóng, nên toàn bộ giao dịch phải được thử lại sau trên một kết nối mới, không chỉ riêng lệnh cuối cùng.',
  },
  '432': {
    title: 'Cần chuyển đổi mật khẩu',
    summary: 'Người dùng phải xác thực một lần bằng cơ chế văn bản thuần (PLAIN) trước, để cơ chế đã chọn có thể hoạt động.',
    description:
      'Phản hồi tạm thời cho AUTH (RFC 4954 §6): người dùng cần chuyển sang cơ chế đã chọn trước khi có thể dùng nó. Việc này thường được thực hiện bằng cách xác thực một lần bằng PLAIN (qua TLS); sau đó cơ chế đã chọn sẽ hoạt động trong các phiên sau.',
    whenSeen:
      'Hiếm gặp, khi trả lời AUTH với một cơ chế thử thách–phản hồi (như CRAM-MD5 hoặc SCRAM) cho một tài khoản chưa được thiết lập cho cơ chế đó.',
    fix: {
      sender: 'Đăng nhập một lần bằng AUTH PLAIN qua TLS (trong nhiều ứng dụng thư: "mật khẩu thông thường"), sau đó chuyển lại.',
      admin: 'Kiểm tra cách lưu mật khẩu của tài khoản và xem cơ chế đó có cần một bí mật mà máy chủ chưa có hay không.',
    },
  },
  '450': {
    title: 'Hành động thư được yêu cầu không được thực hiện: hộp thư không khả dụng',
    summary: 'Hộp thư hiện không thể nhận thư (đang bận hoặc tạm thời bị chặn vì lý do chính sách); hãy thử lại sau.',
    description:
      'Phản hồi phủ định tạm thời: hộp thư tạm thời không khả dụng, ví dụ đang bận hoặc tạm thời bị chặn vì lý do chính sách. Đây là bản tạm thời của 550. RFC 5321 liệt kê nó sau RCPT và, với các lần từ chối vì chính sách, sau dữ liệu thư. Với ATRN (RFC 2645), cùng con số này có nghĩa "ATRN request refused" (yêu cầu ATRN bị từ chối).',
    whenSeen:
      'Thường gặp nhất sau RCPT TO khi bị greylisting ("try again later") hoặc các kiểm tra chính sách tạm thời như tra cứu DNS bị hết thời gian chờ; đôi khi sau khi kết thúc dữ liệu, khi một kiểm tra nội dung hoặc chính sách tạm thời không khả dụng.',
    fix: {
      sender:
        'Thường không cần làm gì: máy chủ thư của bạn sẽ thử lại và greylisting sẽ cho qua ở một lần thử sau. Hãy xem thư báo lỗi cuối cùng có chuyển thành 550 hay không.',
      admin:
        'Phía gửi: đảm bảo thử lại từ cùng dải địa chỉ IP và không bỏ cuộc quá sớm (RFC 5321 §4.5.4.1 gợi ý chỉ bỏ cuộc sau 4-5 ngày). Phía nhận: kiểm tra greylisting và các dịch vụ chính sách xem có bị gián đoạn không.',
    },
    contexts: [
      {
        title: 'Hộp thư không khả dụng (tạm thời)',
        description:
          'Hộp thư đang bận hoặc tạm thời bị chặn vì lý do chính sách (kể cả khi độ ưu tiên của thư thấp hơn mức máy chủ đang chấp nhận, 4.7.15, RFC 6710); cùng yêu cầu đó có thể thành công về sau.',
      },
      {
        title: 'Yêu cầu ATRN bị từ chối',
        description: 'Máy chủ tạm thời từ chối yêu cầu ATRN (authenticated turn – đảo chiều có xác thực).',
      },
    ],
  },
  '451': {
    title: 'Hành động được yêu cầu bị hủy: lỗi cục bộ khi xử lý',
    summary: 'Máy chủ gặp sự cố cục bộ tạm thời (đĩa, cơ sở dữ liệu, tra cứu, bộ lọc) và không thực hiện hành động; hãy thử lại sau.',
    description:
      'Phản hồi phủ định tạm thời: máy chủ không thể hoàn tất lệnh vì một lỗi ở phía nó. RFC 5321 liệt kê nó sau MAIL, RCPT và sau khi kết thúc dữ liệu, và cho biết máy khách bị đứt kết nối nên hành động như thể đã nhận 451 (§3.8). Với ATRN (RFC 2645), cùng con số này có nghĩa "Unable to process ATRN request now" (hiện không thể xử lý yêu cầu ATRN).',
    whenSeen:
      'Sau MAIL FROM, RCPT TO hoặc dấu "." cuối cùng khi bộ lọc thư rác hoặc virus, tra cứu DNS, cơ sở dữ liệu hoặc việc ghi tệp hàng đợi trên máy chủ nhận bị lỗi; cũng gặp khi SPF lỗi tạm thời.',
    fix: {
      sender: 'Không cần thay đổi gì: máy chủ thư của bạn sẽ thử lại. Nếu kéo dài nhiều ngày, hãy liên hệ người nhận qua kênh khác.',
      admin:
        'Phía nhận: xem nhật ký để tìm thành phần bị lỗi (bộ lọc, trình phân giải DNS, đĩa, cơ sở dữ liệu). Phía gửi: đảm bảo hàng đợi của bạn có thử lại.',
    },
    contexts: [
      {
        title: 'Lỗi cục bộ khi xử lý',
        description: 'Một lỗi tạm thời trên máy chủ nhận đã ngăn hành động được thực hiện.',
      },
      {
        title: 'Hiện không thể xử lý yêu cầu ATRN',
        description: 'Máy chủ không thể xử lý yêu cầu ATRN vào lúc này.',
      },
    ],
  },
  '452': {
    title: 'Hành động được yêu cầu không được thực hiện: không đủ dung lượng lưu trữ hệ thống',
    summary:
      'Một giới hạn tài nguyên tạm thời: máy chủ hiện thiếu dung lượng cho thư này, hoặc (sau RCPT) đã đạt giới hạn số người nhận cho mỗi thư.',
    description:
      'Phản hồi phủ định tạm thời. Ngoài việc thiếu dung lượng lưu trữ, RFC 5321 §4.5.3.1.10 quy định 452 là phản hồi đúng khi máy chủ không còn chỗ cho thêm lệnh RCPT ("quá nhiều người nhận"); máy khách nên chuyển thư cho những người nhận đã được chấp nhận và gửi phần còn lại trong một giao dịch khác. Với SIZE (RFC 1870), nó trả lời một lệnh MAIL FROM có kích thước khai báo mà máy chủ hiện không đáp ứng được nhưng có thể đáp ứng sau.',
    whenSeen:
      'Sau RCPT TO khi đã đạt giới hạn số người nhận cho mỗi thư (thường là "452 4.5.3 Too many recipients"), sau MAIL FROM có SIZE= khi đĩa sắp đầy, hoặc sau khi kết thúc dữ liệu khi hết dung lượng lưu trữ.',
    fix: {
      sender:
        'Với "quá nhiều người nhận", không cần làm gì: một máy khách đúng chuẩn sẽ gửi những người nhận còn lại trong một giao dịch tiếp theo. Với vấn đề lưu trữ, hãy chờ lần thử lại.',
      admin:
        'Phía nhận: kiểm tra dung lượng đĩa trống và kích thước hàng đợi, cùng giới hạn số người nhận (phải ít nhất 100, RFC 5321 §4.5.3.1.8). Phía gửi: đảm bảo phần mềm của bạn chia nhỏ danh sách người nhận khi gặp 452.',
    },
    retryNote:
      'Với trường hợp quá nhiều người nhận, chỉ những người nhận bị trả 452 mới được thử lại, trong một giao dịch mới sau khi thư cho những người đã được chấp nhận đã được chuyển; mỗi giao dịch chứa được ít nhất 100 người nhận (RFC 5321 §4.5.3.1.10).',
    contexts: [
      {
        title: 'Quá nhiều người nhận',
        description:
          'Máy chủ đã đạt giới hạn số lệnh RCPT trong giao dịch này. RFC 5321 §4.5.3.1.10 yêu cầu dùng 452 (không phải 552) khi một giới hạn của phần mềm bị dùng hết.',
      },
      {
        title: 'Không đủ dung lượng lưu trữ hệ thống',
        description: 'Máy chủ hoặc hộp thư tạm thời thiếu chỗ cho thư.',
      },
      {
        title: 'Không đủ dung lượng lưu trữ hệ thống cho kích thước thư đã khai báo',
        description:
          'Máy chủ hiện không thể nhận một thư có kích thước đã khai báo bằng SIZE= nhưng có thể nhận sau; máy khách nên thử lại sau (RFC 1870).',
      },
    ],
  },
  '453': {
    title: 'Bạn không có thư',
    summary: 'Trả lời ATRN: không có thư nào đang chờ cho máy khách yêu cầu.',
    description:
      'Phản hồi cho ATRN, lệnh đảo chiều có xác thực của On-Demand Mail Relay (RFC 2645): không có thư nào trong hàng đợi cho các tên miền mà máy khách yêu cầu, nên kết nối không bị đảo chiều.',
    whenSeen: 'Khi trả lời ATRN lúc hàng đợi của các tên miền được yêu cầu đang trống.',
    fix: {
      sender: 'Không cần khắc phục gì: đơn giản là không có thư nào để lấy.',
      admin: 'Không cần làm gì.',
    },
  },
  '454': {
    title: 'TLS không khả dụng vì lý do tạm thời / Lỗi xác thực tạm thời',
    summary: 'Lỗi tạm thời của STARTTLS (hiện không có TLS) hoặc của AUTH (sự cố xác thực phía máy chủ).',
    description:
      'Phản hồi phủ định tạm thời với hai nghĩa được định nghĩa. Sau STARTTLS (RFC 3207 §4), máy chủ không thể bắt đầu TLS vì một lý do tạm thời; máy khách phải tự quyết định có tiếp tục mà không có TLS hay không. Sau AUTH (RFC 4954 §6), xác thực thất bại vì một sự cố tạm thời của máy chủ, không phải vì thông tin xác thực: máy khách không nên yêu cầu người dùng nhập mật khẩu khác.',
    whenSeen:
      'Sau STARTTLS khi chứng chỉ hoặc thư viện TLS của máy chủ bị cấu hình sai hoặc không khả dụng; sau AUTH khi hệ thống xác thực phía sau (thư mục, cơ sở dữ liệu) ngừng hoạt động hoặc hết thời gian chờ.',
    fix: {
      sender: 'Đừng đổi mật khẩu vì gặp 454 sau AUTH; hãy thử lại sau. Sau STARTTLS, hãy chờ: máy khách bắt buộc dùng TLS sẽ tự thử lại.',
      admin: 'Sau STARTTLS: kiểm tra chứng chỉ, khóa và cấu hình TLS. Sau AUTH: kiểm tra hệ thống xác thực phía sau và khả năng kết nối đến nó.',
    },
    contexts: [
      {
        title: 'TLS không khả dụng vì lý do tạm thời',
        description: 'Máy chủ hiện không thể bắt đầu TLS. Máy khách quyết định tiếp tục phiên không mã hóa hay thử lại sau.',
      },
      {
        title: 'Lỗi xác thực tạm thời',
        description: 'Xác thực thất bại vì một sự cố tạm thời của máy chủ. Máy khách không nên hỏi mật khẩu khác mà nên báo đây là lỗi máy chủ.',
      },
    ],
  },
  '455': {
    title: 'Máy chủ không thể đáp ứng các tham số',
    summary: 'Máy chủ tạm thời không thể xử lý một trong các tham số của MAIL FROM hoặc RCPT TO.',
    description:
      'Phản hồi phủ định tạm thời cho MAIL hoặc RCPT: máy chủ nhận ra các tham số mở rộng nhưng hiện không thể đáp ứng một trong số đó, và định nghĩa của chính tham số đó không quy định mã nào khác (RFC 5321 §4.1.1.11).',
    whenSeen: 'Sau MAIL FROM hoặc RCPT TO có kèm tham số mở rộng (ví dụ tùy chọn DSN hoặc độ ưu tiên) mà máy chủ tạm thời không thể đáp ứng.',
    fix: {
      sender: 'Trong hầu hết trường hợp không cần thay đổi gì: máy khách sẽ thử lại sau.',
      admin: 'Kiểm tra tham số nào máy chủ không đáp ứng được và vì sao (tài nguyên, cấu hình).',
    },
  },
  '458': {
    title: 'Không thể xếp hàng thư cho nút <x>',
    summary: 'ETRN hiện không thể bắt đầu đợt chuyển phát cho nút được yêu cầu.',
    description: 'Phản hồi phủ định tạm thời cho ETRN (RFC 1985): máy chủ hiện không thể bắt đầu xử lý hàng đợi cho nút được yêu cầu.',
    whenSeen: 'Khi trả lời ETRN lúc máy chủ không thể bắt đầu xử lý hàng đợi, ví dụ do quá tải.',
    fix: {
      sender: 'Gửi lại ETRN sau.',
      admin: 'Kiểm tra trình quản lý hàng đợi và lý do nó không thể bắt đầu đợt xử lý.',
    },
  },
  '459': {
    title: 'Nút <x> không được phép: <reason>',
    summary: 'ETRN bị từ chối cho nút này, lý do nằm trong nội dung phản hồi.',
    description: 'Phản hồi phủ định cho ETRN (RFC 1985): máy chủ sẽ không bắt đầu xử lý hàng đợi cho nút được nêu, và cho biết lý do.',
    whenSeen: 'Khi trả lời ETRN cho một nút mà máy chủ không giữ thư, hoặc máy khách không được phép khởi động.',
    fix: {
      sender: 'Kiểm tra tên nút đã đưa cho ETRN và xem trang của bạn có được phép yêu cầu nút đó không.',
      admin: 'Kiểm tra cấu hình quyền truy cập ETRN cho nút đó.',
    },
    retryNote: 'Dù thuộc lớp tạm thời, nội dung phản hồi là một lời từ chối: gửi lại đúng lệnh ETRN đó chỉ có ích nếu cấu hình của máy chủ thay đổi.',
  },
  '500': {
    title: 'Lỗi cú pháp, không nhận ra lệnh',
    summary: 'Máy chủ không nhận ra lệnh, hoặc dòng lệnh quá dài.',
    description:
      'Phản hồi phủ định vĩnh viễn cho một tên lệnh mà máy chủ không biết, hoặc một dòng lệnh quá dài (RFC 5321 §4.2.2, §4.3.2). Một lệnh mà máy chủ nhận ra nhưng không triển khai sẽ nhận 502 (§4.2.4). Với AUTH (RFC 4954), nó còn báo một phản hồi base64 dài hơn bộ đệm xác thực của máy chủ.',
    whenSeen:
      'Sau một lệnh viết sai hoặc không được hỗ trợ, dữ liệu nhị phân rác trên kết nối (ví dụ một máy khách TLS nói chuyện với cổng không mã hóa), một dòng dài hơn mức máy chủ chấp nhận, hoặc một phản hồi AUTH quá lớn.',
    fix: {
      sender:
        'Kiểm tra cài đặt của ứng dụng thư: cổng và chế độ mã hóa (STARTTLS trên cổng 587 so với TLS ngầm định trên cổng 465) là những nguyên nhân thường gặp.',
      admin:
        'Xem chính xác dòng mà máy khách đã gửi. Trả lời "command not recognized" cho các lệnh bắt buộc, hoặc "too long" cho những dòng dưới 512 ký tự, là vi phạm RFC 5321 §4.3.2.',
    },
    contexts: [
      {
        title: 'Lỗi cú pháp, không nhận ra lệnh',
        description: 'Tên lệnh không được nhận ra, hoặc dòng lệnh quá dài.',
      },
      {
        title: 'Dòng trao đổi xác thực quá dài',
        description: 'Trong quá trình AUTH, máy khách đã gửi một phản hồi base64 dài hơn bộ đệm dành cho cơ chế SASL đã chọn.',
      },
    ],
  },
  '501': {
    title: 'Lỗi cú pháp trong tham số hoặc đối số',
    summary: 'Lệnh được nhận ra nhưng các đối số của nó sai định dạng hoặc không được phép.',
    description:
      'Phản hồi phủ định vĩnh viễn cho một đối số sai: địa chỉ sai định dạng trong MAIL FROM hoặc RCPT TO, đối số đưa cho một lệnh không nhận đối số (DATA, RSET, QUIT, STARTTLS), hoặc, trong quá trình AUTH, một trao đổi bị hủy ("*"), base64 không giải mã được, hoặc một phản hồi ban đầu mà cơ chế không cho phép.',
    whenSeen:
      'Sau MAIL FROM/RCPT TO có dấu cách quanh dấu hai chấm hoặc địa chỉ bị hỏng, sau STARTTLS có kèm tham số, hoặc khi máy khách hủy hay làm hỏng một trao đổi AUTH.',
    fix: {
      sender:
        'Kiểm tra địa chỉ xem có lỗi gõ hoặc ký tự thừa không; nếu thư do một chương trình gửi, hãy kiểm tra cách nó định dạng MAIL FROM và RCPT TO.',
      admin:
        'Ghi nhật ký chính xác lệnh đã nhận. RFC 5321 §3.3 lưu ý rằng dấu cách ở hai bên dấu hai chấm là lỗi phổ biến; RFC 5321 §4.1.4 yêu cầu 501 cho một đối số MAIL không chấp nhận được.',
    },
    contexts: [
      {
        title: 'Lỗi cú pháp trong tham số hoặc đối số',
        description: 'Đối số của lệnh sai định dạng, hoặc được đưa cho một lệnh không nhận đối số nào.',
      },
      {
        title: 'Lỗi cú pháp (không cho phép tham số)',
        description: 'STARTTLS không nhận tham số nào.',
      },
      {
        title: 'Trao đổi AUTH bị hủy hoặc sai định dạng',
        description:
          'Máy khách đã hủy trao đổi bằng "*", gửi một phản hồi mà máy chủ không giải mã base64 được (5.5.2), hoặc dùng phản hồi ban đầu với một cơ chế mà máy khách không phải là bên bắt đầu (5.7.0).',
      },
    ],
  },
  '502': {
    title: 'Lệnh không được triển khai',
    summary: 'Máy chủ nhận ra lệnh nhưng không triển khai nó (hoặc đã tắt nó).',
    description:
      'Phản hồi phủ định vĩnh viễn cho một lệnh mà máy chủ biết nhưng không hỗ trợ. RFC 5321 §4.2.4 dành 502 cho các lệnh được nhận ra và 500 cho các lệnh không được nhận ra, và cấm quảng bá trong EHLO một tính năng mà sẽ bị trả lời 502. Những nơi tắt VRFY hoặc EXPN vì lý do bảo mật phải trả lời các lệnh này bằng 252 thay vì 502 (RFC 5321 §7.3).',
    whenSeen: 'Sau EXPN, VRFY, HELP, TURN hoặc một lệnh mở rộng mà máy chủ đã tắt; sau EHLO trên các máy chủ rất cũ.',
    fix: {
      sender: 'Đừng dựa vào lệnh đó với máy chủ này; nếu ứng dụng thư đòi hỏi lệnh đó, hãy đổi cài đặt của ứng dụng.',
      admin: 'Nếu lệnh được quảng bá trong phản hồi EHLO, hãy ngừng quảng bá nó hoặc bật nó lên (RFC 5321 §4.2.4).',
    },
  },
  '503': {
    title: 'Sai trình tự lệnh',
    summary: 'Lệnh đến sai thứ tự, ví dụ RCPT trước MAIL, DATA khi không có người nhận nào được chấp nhận, hoặc AUTH lần thứ hai.',
    description:
      'Phản hồi phủ định vĩnh viễn cho một lệnh hợp lệ nhưng không được phép ở thời điểm này của cuộc trao đổi. RFC 5321 yêu cầu nó cho RCPT khi chưa có MAIL trước đó và cho phép dùng nó cho DATA khi không có người nhận nào được chấp nhận; sau lời chào 554, máy chủ trả lời mọi lệnh trừ QUIT bằng 503. RFC 4954 yêu cầu nó cho AUTH sau một lần AUTH thành công và cho AUTH giữa một giao dịch thư.',
    whenSeen:
      'Khi máy khách gửi MAIL trước EHLO/HELO, RCPT trước MAIL, DATA sau khi mọi người nhận đều bị từ chối, hoặc AUTH hai lần; cũng gặp khi các lệnh gửi theo lô (pipelining) tiếp tục sau khi một lệnh trước đó đã thất bại.',
    fix: {
      sender:
        'Hãy xem phản hồi cho lệnh trước đó: 503 thường là hệ quả của một lỗi trước (một RCPT bị từ chối, một lần AUTH thất bại). Hãy sửa lỗi đó.',
      admin: 'Kiểm tra thứ tự lệnh của máy khách trong nhật ký; với PIPELINING, 503 thường theo sau một lỗi trước đó trong cùng lô.',
    },
    contexts: [
      {
        title: 'Sai trình tự lệnh',
        description:
          'Các lệnh của giao dịch thư không được gửi theo thứ tự MAIL, RCPT, DATA, hoặc không có người nhận nào được chấp nhận trước DATA.',
      },
      {
        title: 'Hiện không được phép AUTH',
        description: 'AUTH được gửi sau một lần AUTH thành công trong cùng phiên, hoặc giữa một giao dịch thư.',
      },
    ],
  },
  '504': {
    title: 'Tham số lệnh không được triển khai',
    summary: 'Lệnh được triển khai nhưng tham số hoặc tùy chọn được yêu cầu thì không, ví dụ một cơ chế AUTH không được hỗ trợ.',
    description:
      'Phản hồi phủ định vĩnh viễn chi tiết hơn 502: lệnh có tồn tại, nhưng tham số được yêu cầu không được hỗ trợ (RFC 5321 §4.2.1). RFC 4954 dùng nó khi cơ chế SASL được yêu cầu không được hỗ trợ hoặc đòi hỏi một lớp mã hóa, kèm mã mở rộng 5.5.4.',
    whenSeen:
      'Thường gặp nhất sau AUTH với một cơ chế mà máy chủ không cung cấp (ví dụ CRAM-MD5 trên máy chủ chỉ cho phép PLAIN qua TLS); hiếm khi sau EHLO, VRFY, EXPN hoặc HELP.',
    fix: {
      sender: 'Chọn một phương thức xác thực mà máy chủ cung cấp (xem dòng AUTH trong phản hồi EHLO của nó).',
      admin: 'Kiểm tra những cơ chế SASL nào đang được bật, và chúng có chỉ được cung cấp sau STARTTLS hay không.',
    },
    contexts: [
      {
        title: 'Tham số lệnh không được triển khai',
        description: 'Lệnh được triển khai nhưng không với tham số đã đưa ra.',
      },
      {
        title: 'Không nhận ra cơ chế xác thực',
        description: 'Cơ chế SASL được yêu cầu không được hỗ trợ, hoặc đòi hỏi một lớp mã hóa hiện chưa có.',
      },
    ],
  },
  '521': {
    title: 'Máy chủ không nhận thư',
    summary: 'Máy này không bao giờ nhận thư: lời chào từ một máy chủ giả chỉ tồn tại để nói điều đó.',
    description:
      'Phản hồi phủ định vĩnh viễn do RFC 7504 định nghĩa, dùng lúc mở kết nối thay cho 220, bởi một máy không nhận thư trong bất kỳ trường hợp nào. Không nên dùng nó khi máy chủ chỉ từ chối một số người gửi, máy hoặc đích cụ thể: đó là việc của 554. Nếu máy khách gửi bất cứ lệnh gì khác QUIT, máy chủ có thể tiếp tục trả lời 521 hoặc đóng kết nối.',
    whenSeen:
      'Ngay sau khi kết nối đến một địa chỉ cố ý không phải là máy chủ thư (ví dụ một máy chủ web mà tên miền vẫn nhận được các lần thử gửi thư).',
    fix: {
      sender: 'Địa chỉ hoặc tên miền của nó không dùng để nhận thư. Hãy kiểm tra địa chỉ người nhận và các bản ghi MX của tên miền.',
      admin:
        'Nếu máy này cần nhận thư, hãy gỡ bỏ trình trả lời 521 và sửa DNS. Nếu không, hãy công bố một bản ghi null MX (RFC 7505) để người gửi không thử gửi nữa.',
    },
  },
  '530': {
    title: 'Yêu cầu xác thực / Phải gửi lệnh STARTTLS trước',
    summary: 'Chính sách máy chủ yêu cầu máy khách xác thực (AUTH) hoặc bắt đầu TLS (STARTTLS) trước lệnh này.',
    description:
      'Phản hồi phủ định vĩnh viễn với hai cách dùng được định nghĩa. RFC 4954 §6: nó nên trả lời mọi lệnh khác AUTH, EHLO, HELO, NOOP, RSET hoặc QUIT khi chính sách yêu cầu xác thực mà máy khách chưa xác thực. RFC 3207 §4: máy chủ yêu cầu TLS nên trả lời mọi lệnh khác NOOP, EHLO, STARTTLS hoặc QUIT bằng "530 Must issue a STARTTLS command first". Trong cả hai trường hợp, thông tin xác thực không có gì sai: máy khách chỉ đơn giản là đã bỏ qua một bước.',
    whenSeen:
      'Sau MAIL FROM (thường gặp) khi ứng dụng thư được cấu hình không bật "máy chủ của tôi yêu cầu xác thực", hoặc không bật STARTTLS trên một cổng gửi thư (submission) bắt buộc dùng nó.',
    fix: {
      sender:
        'Bật xác thực (tên người dùng và mật khẩu) cho máy chủ thư đi trong ứng dụng thư, và bật STARTTLS trên cổng 587 nếu phản hồi có nhắc đến STARTTLS.',
      admin: 'Xác nhận máy khách đang dùng cổng gửi thư (submission) và AUTH được quảng bá (sau STARTTLS nếu bạn chỉ cho phép qua TLS).',
    },
    contexts: [
      {
        title: 'Yêu cầu xác thực',
        description: 'Chính sách máy chủ yêu cầu xác thực cho hành động này và máy khách chưa xác thực.',
      },
      {
        title: 'Phải gửi lệnh STARTTLS trước',
        description: 'Máy chủ yêu cầu TLS trước mọi lệnh khác NOOP, EHLO, STARTTLS hoặc QUIT.',
      },
    ],
  },
  '534': {
    title: 'Cơ chế xác thực quá yếu',
    summary: 'Cơ chế AUTH được chọn yếu hơn mức máy chủ cho phép với người dùng này; hãy dùng cơ chế mạnh hơn.',
    description:
      'Phản hồi phủ định vĩnh viễn cho AUTH (RFC 4954 §6): cơ chế được chọn yếu hơn mức chính sách máy chủ cho phép với người dùng đó. Máy khách nên thử lại với một cơ chế khác; bản thân thông tin xác thực chưa bị đánh giá.',
    whenSeen:
      'Sau AUTH với một cơ chế cũ (ví dụ LOGIN hoặc PLAIN khi nhà cung cấp yêu cầu OAuth, hoặc một cơ chế dùng mật khẩu cho tài khoản yêu cầu cơ chế mạnh hơn).',
    fix: {
      sender: 'Chuyển ứng dụng thư sang một phương thức đăng nhập mạnh hơn (OAuth2 hoặc mật khẩu ứng dụng, tùy yêu cầu của nhà cung cấp).',
      admin: 'Kiểm tra chính sách cơ chế theo từng người dùng và xem các cơ chế người dùng cần có được quảng bá không.',
    },
  },
  '535': {
    title: 'Thông tin xác thực không hợp lệ',
    summary: 'AUTH thất bại: máy chủ đã từ chối thông tin xác thực (tên người dùng, mật khẩu hoặc token) hoặc thông tin đó không đủ cho cơ chế.',
    description:
      'Phản hồi phủ định vĩnh viễn cho lệnh AUTH, cho biết xác thực thất bại vì thông tin xác thực được cung cấp không hợp lệ hoặc không đủ (RFC 4954 §6). Đây là phản hồi lỗi mặc định khi không có mã nào cụ thể hơn áp dụng (RFC 4954 §4). Máy khách nên yêu cầu người dùng nhập thông tin xác thực mới thay vì thử lại đúng thông tin cũ.',
    whenSeen:
      'Ở cuối trao đổi AUTH, sau khi máy khách đã gửi tên người dùng và mật khẩu (hoặc token) mà máy chủ không chấp nhận. Nguyên nhân thường gặp: mật khẩu sai hoặc hết hạn, mật khẩu ứng dụng đã bị thu hồi, tên người dùng nhập sai dạng, hoặc một cơ chế mà tài khoản không cho phép dùng thông tin xác thực đó.',
    fix: {
      sender:
        'Kiểm tra tên người dùng và mật khẩu (hoặc token OAuth) trong ứng dụng thư; nếu nhà cung cấp yêu cầu mật khẩu ứng dụng hoặc OAuth, hãy tạo một cái còn hiệu lực. Đảm bảo ứng dụng dùng một cơ chế mà tài khoản cho phép (PLAIN, LOGIN, XOAUTH2) qua TLS.',
      admin:
        'Kiểm tra hệ thống xác thực phía sau và nhật ký của tài khoản: tài khoản bị khóa hoặc vô hiệu hóa, thay đổi mật khẩu, và cơ chế đã chọn có được bật cho tài khoản đó không. Giới hạn tốc độ các lần thất bại lặp lại: đó là dấu hiệu phổ biến của việc dò mật khẩu (RFC 4954 §9 cho phép ngắt kết nối sau ít nhất 3 lần thất bại).',
    },
  },
  '538': {
    title: 'Cơ chế xác thực được yêu cầu đòi hỏi mã hóa',
    summary: 'Cơ chế AUTH được chọn chỉ được dùng qua kết nối đã mã hóa (TLS).',
    description:
      'Phản hồi phủ định vĩnh viễn cho AUTH (RFC 4954 §6): cơ chế được chọn chỉ được dùng khi kết nối đã được mã hóa. RFC 4954 ghi nhận nó chỉ vì mục đích lịch sử; máy chủ hiện đại đơn giản là không nên quảng bá những cơ chế mà chúng sẽ không cho phép khi chưa mã hóa.',
    whenSeen: 'Sau AUTH PLAIN hoặc LOGIN gửi trước STARTTLS, trên những máy chủ cũ quảng bá các cơ chế đó trên kết nối không mã hóa.',
    fix: {
      sender: 'Bật STARTTLS (hoặc SSL/TLS) cho máy chủ thư đi trong ứng dụng thư, rồi xác thực.',
      admin: 'Chỉ quảng bá các cơ chế văn bản thuần sau STARTTLS thay vì từ chối chúng bằng 538 (RFC 4954 §6).',
    },
  },
  '550': {
    title: 'Hành động được yêu cầu không được thực hiện: hộp thư không khả dụng',
    summary: 'Một lời từ chối vĩnh viễn: hộp thư không tồn tại hoặc không khả dụng, hoặc lệnh bị từ chối vì lý do chính sách.',
    description:
      'Phản hồi phủ định vĩnh viễn phổ biến nhất. RFC 5321 đưa ra các ví dụ "không tìm thấy hộp thư, không có quyền truy cập, hoặc lệnh bị từ chối vì lý do chính sách": sau RCPT nó thường có nghĩa là người nhận không tồn tại; sau MAIL, người gửi bị từ chối; sau dữ liệu thư, nội dung hoặc hệ thống gửi không vượt qua một kiểm tra chính sách (ví dụ SPF, DKIM, DMARC hoặc uy tín). Mã trạng thái mở rộng cho biết là trường hợp nào.',
    whenSeen:
      'Sau RCPT TO cho một người dùng không tồn tại ("5.1.1 User unknown"), sau MAIL FROM hoặc RCPT TO khi người gửi hoặc địa chỉ IP của nó bị chặn ("5.7.1"), sau dấu "." cuối cùng khi thư không vượt qua kiểm tra xác thực hoặc nội dung ("5.7.26" v.v.), hoặc khi trả lời VRFY/EXPN.',
    fix: {
      sender:
        'Đọc mã mở rộng và nội dung phản hồi. Với 5.1.1, hãy kiểm tra chính tả địa chỉ hoặc hỏi người nhận địa chỉ hiện tại; với các lần từ chối vì chính sách 5.7.x, quản trị viên của hệ thống gửi phải xử lý.',
      admin:
        'Phía gửi: với các lần từ chối vì chính sách, hãy kiểm tra SPF, DKIM, DMARC, DNS ngược và các danh sách chặn đối với IP gửi. Phía nhận: kiểm tra người nhận có tồn tại không và quy tắc chính sách nào đã khớp.',
    },
    contexts: [
      {
        title: 'Hộp thư không khả dụng (người nhận)',
        description:
          'Người nhận được biết là không thể chuyển phát, thường là "no such user" (không có người dùng này, RFC 5321 §3.3), hoặc hộp thư đã bị vô hiệu hóa.',
      },
      {
        title: 'Bị từ chối vì lý do chính sách',
        description:
          'Lệnh hoặc thư bị từ chối theo chính sách: người gửi hoặc địa chỉ IP không được phép, bị từ chối chuyển tiếp, hoặc không vượt qua xác thực email (RFC 7372) hay kiểm tra người gửi theo null MX (RFC 7505 §4.1).',
      },
      {
        title: 'Không thể xác minh hoặc mở rộng',
        description:
          'Không thể xác minh địa chỉ hoặc không thể mở rộng danh sách, ví dụ "550 That is a mailing list, not a user" hoặc "550 Access Denied to You" (RFC 5321 §3.5.1).',
      },
      {
        title: 'Không cho phép địa chỉ không phải ASCII hoặc phản hồi UTF-8',
        description:
          'Với SMTPUTF8 (RFC 6531): MAIL FROM bị từ chối vì cần một địa chỉ ASCII (5.6.7), một câu trả lời VRFY/EXPN cần UTF-8 nhưng máy khách không cho phép (5.6.8), hoặc một thư có trường header UTF-8 không thể được chuyển đến một người nhận (5.6.9).',
      },
      {
        title: 'Yêu cầu hỗ trợ REQUIRETLS',
        description:
          'Thư được gửi với REQUIRETLS (RFC 8689), đòi hỏi phải thỏa thuận TLS mỗi khi thư được chuyển tiếp, và chặng tiếp theo không đáp ứng được điều đó; thư bị trả về là không thể chuyển phát với 5.7.30 thay vì được gửi đi mà không được bảo vệ.',
      },
    ],
  },
  '551': {
    title: 'Người dùng không ở máy chủ này; hãy thử <forward-path>',
    summary: 'Người nhận không được xử lý tại đây; máy chủ từ chối thư và nêu một địa chỉ khác để thử.',
    description:
      'Phản hồi phủ định vĩnh viễn cho RCPT (hoặc VRFY): máy chủ sẽ không chuyển phát đến địa chỉ này nhưng đưa ra thông tin để cập nhật địa chỉ. Thay vào đó, máy chủ có thể từ chối bằng 550 mà không kèm thông tin địa chỉ, và không được cho rằng máy khách sẽ cập nhật bất cứ điều gì (RFC 5321 §3.4).',
    whenSeen: 'Hiếm gặp: sau RCPT TO cho một người dùng đã chuyển đi, trên những máy chủ được cấu hình để tiết lộ địa chỉ mới.',
    fix: {
      sender:
        'Gửi lại đến địa chỉ được nêu trong phản hồi, sau khi kiểm tra máy chủ là thật (RFC 5321 §7.4 cảnh báo không nên tự động định tuyến lại).',
      admin: 'RFC 5321 §3.4 yêu cầu các phần mềm cho phép tắt hoặc hạn chế 551 nếu nó làm lộ địa chỉ một cách không mong muốn.',
    },
  },
  '552': {
    title: 'Hành động thư được yêu cầu bị hủy: vượt quá dung lượng lưu trữ được cấp',
    summary: 'Thư quá lớn đối với máy chủ hoặc hộp thư đã vượt hạn mức; thư đã bị từ chối.',
    description:
      'Phản hồi phủ định vĩnh viễn: đã vượt quá dung lượng lưu trữ được cấp, thường gặp nhất là do thư vượt kích thước tối đa hoặc hộp thư của người nhận đã đầy. Với SIZE (RFC 1870), nó trả lời một lệnh MAIL FROM có kích thước khai báo vượt quá mức tối đa cố định của máy chủ. RFC 821 đã ghi nhầm 552 cho trường hợp "quá nhiều người nhận"; RFC 5321 §4.5.3.1.10 nói rằng 452 mới đúng trong trường hợp đó và máy khách nên coi 552 trong trường hợp này là tạm thời.',
    whenSeen:
      'Sau MAIL FROM có giá trị SIZE= lớn hơn giới hạn đã quảng bá, sau dấu "." cuối cùng khi thư quá lớn, hoặc sau RCPT TO/khi kết thúc dữ liệu lúc hộp thư đã vượt hạn mức.',
    fix: {
      sender:
        'Nếu thư quá lớn, hãy gửi tệp lớn qua liên kết hoặc chia nhỏ; nếu hộp thư của người nhận đã đầy, hãy báo cho họ qua kênh khác và gửi lại sau.',
      admin: 'So sánh kích thước thư với giới hạn được quảng bá trong từ khóa SIZE của EHLO; kiểm tra hạn mức của người nhận.',
    },
    retryNote: 'Khi 552 trả lời RCPT vì giới hạn số người nhận, máy khách nên coi nó là tạm thời, giống 452 (RFC 5321 §4.5.3.1.10).',
    contexts: [
      {
        title: 'Vượt quá dung lượng lưu trữ được cấp',
        description:
          'Hộp thư đã vượt hạn mức (5.2.2), thư lớn hơn mức hộp thư hoặc hệ thống chấp nhận (5.2.3, 5.3.4), hoặc quá lớn so với độ ưu tiên được yêu cầu bằng MT-PRIORITY (5.7.16, RFC 6710).',
      },
      {
        title: 'Kích thước thư vượt quá kích thước tối đa cố định',
        description:
          'Kích thước khai báo bằng SIZE= lớn hơn mức tối đa cố định của máy chủ; máy khách nên trả thư về là không thể chuyển phát (RFC 1870).',
      },
      {
        title: 'Quá nhiều người nhận (kiểu cũ)',
        description:
          'Một số máy chủ vẫn gửi 552 khi đạt giới hạn số người nhận. RFC 5321 §4.5.3.1.10 nói mã đúng là 452 và máy khách nên coi 552 này là tạm thời.',
      },
    ],
  },
  '553': {
    title: 'Hành động được yêu cầu không được thực hiện: tên hộp thư không được phép',
    summary: 'Địa chỉ như đã viết không chấp nhận được: sai cú pháp, một tên mà máy chủ không cho phép, hoặc (với VRFY) không rõ ràng.',
    description:
      'Phản hồi phủ định vĩnh viễn về chính địa chỉ chứ không phải hộp thư đằng sau nó: RFC 5321 đưa "mailbox syntax incorrect" (cú pháp hộp thư sai) làm ví dụ và nêu 550 hoặc 553 là các lỗi thông thường cho MAIL. Khi trả lời VRFY, nó báo một tên không rõ ràng, có thể kèm danh sách các khả năng (RFC 5321 §3.5.1).',
    whenSeen:
      'Sau MAIL FROM hoặc RCPT TO với một địa chỉ sai định dạng hoặc một địa chỉ người gửi mà máy chủ không cho phép (ví dụ địa chỉ không thuộc về người dùng đã xác thực), hoặc sau VRFY cho một tên không rõ ràng.',
    fix: {
      sender:
        'Kiểm tra địa chỉ xem có lỗi gõ, thiếu tên miền hoặc ký tự không hợp lệ không; dùng một địa chỉ người gửi mà tài khoản của bạn được phép gửi. Nếu địa chỉ chứa ký tự không phải ASCII, hệ thống nhận có thể không hỗ trợ địa chỉ quốc tế hóa.',
      admin: 'Kiểm tra chính xác địa chỉ trong nhật ký và các hạn chế về địa chỉ người gửi/người nhận của máy chủ.',
    },
    contexts: [
      {
        title: 'Tên hộp thư không được phép',
        description: 'Cú pháp địa chỉ sai (5.1.3, 5.1.7) hoặc máy chủ không cho phép địa chỉ người gửi hay người nhận đó.',
      },
      {
        title: 'Người dùng không rõ ràng',
        description: 'Tên đưa cho VRFY khớp với nhiều hơn một hộp thư; phản hồi có thể liệt kê các khả năng.',
      },
      {
        title: 'Không cho phép địa chỉ không phải ASCII đối với người nhận đó',
        description:
          'Với SMTPUTF8 (RFC 6531 §3.5), một lệnh RCPT cần địa chỉ ASCII bị từ chối bằng 553 và 5.6.7. Sổ đăng ký (registry) cũng ghép 553 với 5.6.8, cho những phản hồi cần UTF-8 mà máy khách không cho phép.',
      },
    ],
  },
  '554': {
    title: 'Giao dịch thất bại (hoặc, khi mở kết nối, "No SMTP service here")',
    summary: 'Một lỗi vĩnh viễn: ở lời chào, máy chủ từ chối phiên; về sau, giao dịch hoặc thư bị từ chối.',
    description:
      'Phản hồi phủ định vĩnh viễn với nhiều cách dùng khác nhau. Là lời chào khi kết nối, thay cho 220, nó chính thức từ chối phiên (RFC 5321 §3.1); máy chủ sau đó trả lời mọi lệnh trừ QUIT bằng 503. Khi trả lời DATA, nó có thể có nghĩa "no valid recipients" (không có người nhận hợp lệ, §3.3), và sau khi kết thúc dữ liệu nó từ chối thư, thường vì lý do chính sách hoặc nội dung. RFC 3207 §4.1 cũng dùng nó, sau một lần bắt tay TLS mà máy chủ thấy mức bảo mật quá thấp, dưới dạng "554 Command refused due to lack of security".',
    whenSeen:
      'Ở lời chào khi địa chỉ IP của bạn nằm trong danh sách chặn hoặc không được phép kết nối; sau DATA khi mọi người nhận đều bị từ chối; sau dấu "." cuối cùng khi thư bị từ chối vì là thư rác, chứa virus, hoặc vì lý do kích thước hay chính sách.',
    fix: {
      sender:
        'Đọc nội dung phản hồi: nó thường nêu tên một danh sách chặn hoặc chính sách. Nếu cả phiên bị từ chối, nhà cung cấp dịch vụ thư của bạn (không phải bạn) phải khắc phục uy tín hoặc cấu hình của họ.',
      admin:
        'Ở lời chào: kiểm tra IP gửi trên các danh sách chặn và chính sách kết nối của bên nhận. Sau dữ liệu: kiểm tra bộ lọc nội dung, SPF/DKIM/DMARC và kích thước thư.',
    },
    contexts: [
      {
        title: 'Không có dịch vụ SMTP ở đây',
        description:
          'Máy chủ chính thức từ chối phiên khi mở kết nối nhưng vẫn chờ QUIT, trả lời các lệnh khác bằng 503. Nội dung phản hồi nên giúp gỡ lỗi hệ thống gửi.',
      },
      {
        title: 'Giao dịch thất bại',
        description:
          'Giao dịch bị từ chối: sau DATA vì không có người nhận nào được chấp nhận ("no valid recipients"), hoặc sau khi kết thúc dữ liệu vì thư bị từ chối, thường vì lý do chính sách hoặc nội dung, hoặc vì một người nhận không thể nhận trường header UTF-8 (5.6.9, RFC 6531 §3.5).',
      },
      {
        title: 'Lệnh bị từ chối vì thiếu bảo mật',
        description: 'Sau khi bắt tay TLS, máy chủ xác định mức xác thực hoặc bảo mật riêng tư chưa đủ cao và từ chối mọi lệnh trừ QUIT.',
      },
    ],
  },
  '555': {
    title: 'Tham số MAIL FROM/RCPT TO không được nhận ra hoặc không được triển khai',
    summary: 'Máy chủ không nhận ra hoặc không thể thực hiện một tham số đi sau MAIL FROM hoặc RCPT TO.',
    description:
      'Phản hồi phủ định vĩnh viễn cho MAIL hoặc RCPT: một trong các tham số mở rộng (ví dụ SIZE=, BODY=, SMTPUTF8, NOTIFY=) không được máy chủ biết đến hoặc không được triển khai (RFC 5321 §4.1.1.11).',
    whenSeen: 'Sau MAIL FROM hoặc RCPT TO có kèm tham số của một phần mở rộng mà máy chủ không quảng bá trong EHLO.',
    fix: {
      sender: 'Thường là lỗi của máy khách hoặc máy chủ chuyển tiếp: nó chỉ nên dùng các tham số mà máy chủ đã quảng bá trong phản hồi EHLO.',
      admin:
        'So sánh các tham số đã gửi với các phần mở rộng được quảng bá; kiểm tra máy khách đã gửi EHLO hay HELO (phiên HELO không có phần mở rộng nào).',
    },
  },
  '556': {
    title: 'Tên miền không nhận thư',
    summary: 'Tên miền của người nhận hoàn toàn không nhận thư, thường vì nó công bố một bản ghi null MX.',
    description:
      'Phản hồi phủ định vĩnh viễn do RFC 7504 §4 định nghĩa, dành cho một hệ thống đang xử lý thư (máy chủ chuyển tiếp hoặc máy chủ gửi thư) khi nó xác định, ví dụ từ một bản ghi null MX, rằng tên miền của một địa chỉ người nhận không nhận thư, và phải báo điều đó cho hệ thống đã giao thư cho nó. RFC 7505 §4.1 nói rằng máy chủ gửi thư hoặc chuyển tiếp từ chối một người nhận vì null MX nên dùng 556 kèm mã mở rộng 5.1.10 "Recipient address has null MX".',
    whenSeen:
      'Sau RCPT TO, hoặc trong thư báo lỗi từ chính nhà cung cấp của bạn, khi tên miền của người nhận công bố null MX ("0 .") hoặc bằng cách khác tuyên bố không nhận thư.',
    fix: {
      sender: 'Địa chỉ này không thể nhận thư: hãy kiểm tra lỗi gõ trong tên miền, hoặc liên hệ người đó bằng cách khác.',
      admin: 'Không có cách khắc phục ở phía gửi: tên miền đích tuyên bố không nhận thư. Hãy kiểm tra các bản ghi MX của nó để xác nhận.',
    },
  },
}

const enhanced: Record<string, EntryTranslation> = {
  'X.0.0': {
    title: 'Trạng thái khác, không xác định',
    summary: 'Một trạng thái chung: máy chủ chỉ cho biết thao tác thành công, tạm thời thất bại hay thất bại vĩnh viễn.',
    description:
      'Mã dùng chung cho mọi trạng thái mà chỉ biết được lớp (thành công, lỗi tạm thời hoặc lỗi vĩnh viễn). Nội dung văn bản sau mã là manh mối duy nhất về nguyên nhân thật.',
    whenSeen:
      'Ở bất kỳ giai đoạn nào, từ những máy chủ không gán phản hồi của mình cho một mã mở rộng cụ thể, ví dụ "250 2.0.0 Ok: queued", "221 2.0.0 Bye" hoặc chỉ "550 5.0.0".',
    fix: {
      sender: 'Đọc nội dung văn bản theo sau mã; nó chứa lý do thực sự.',
      admin: 'Tra nhật ký máy chủ cho giao dịch tương ứng để tìm nguyên nhân cụ thể.',
    },
  },
  'X.1.0': {
    title: 'Trạng thái địa chỉ khác',
    summary: 'Một điều gì đó ở một địa chỉ (người gửi hoặc người nhận) gây ra trạng thái này, không có lý do cụ thể hơn.',
    description:
      'Mã chung về địa chỉ: trạng thái liên quan đến địa chỉ người gửi hoặc địa chỉ đích, nhưng không có chi tiết X.1 nào cụ thể hơn phù hợp. Các vấn đề về địa chỉ thường do người gửi sửa được.',
    whenSeen:
      'Là phản hồi thành công sau MAIL FROM ("250 2.1.0 Ok"), hoặc là lời từ chối một địa chỉ người gửi hay người nhận mà máy chủ không phân loại vấn đề cụ thể, ví dụ "550 5.1.0 <addr>: Sender address rejected: User unknown in local recipient table".',
    fix: {
      sender:
        'Kiểm tra cả địa chỉ người gửi trong phong bì (envelope) lẫn địa chỉ người nhận, và đọc nội dung phản hồi để biết địa chỉ nào bị từ chối.',
      admin: 'Tra lần từ chối trong nhật ký máy chủ để xem quy tắc địa chỉ hoặc tra cứu nào đã từ chối nó.',
    },
  },
  'X.1.1': {
    title: 'Địa chỉ hộp thư đích không hợp lệ',
    summary: 'Hộp thư được nêu ở bên trái dấu @ không tồn tại tại tên miền nhận.',
    description: 'Địa chỉ người nhận nêu một hộp thư mà nơi nhận không có: phần bên trái dấu "@" không hợp lệ. RFC dành nó cho các lỗi vĩnh viễn.',
    whenSeen:
      'Khi trả lời RCPT TO (hoặc trong thư báo lỗi) lúc địa chỉ bị gõ sai, tài khoản đã bị xóa, hoặc tra cứu thư mục từ chối nó. Mã 4.1.1 xuất hiện khi máy chủ chưa thể xác nhận địa chỉ, ví dụ một lần kiểm tra xác minh người nhận chưa hoàn tất.',
    fix: {
      sender: 'Kiểm tra chính tả địa chỉ hoặc hỏi người nhận địa chỉ hiện tại; đừng gửi lại nguyên trạng.',
      admin: 'Nếu hộp thư lẽ ra phải tồn tại, hãy kiểm tra thư mục người nhận, bí danh (alias) và việc viết lại địa chỉ ở phía nhận.',
    },
  },
  'X.1.2': {
    title: 'Địa chỉ hệ thống đích không hợp lệ',
    summary: 'Tên miền bên phải dấu @ trong địa chỉ người nhận không tồn tại hoặc không thể nhận thư.',
    description:
      'Hệ thống đích được nêu trong địa chỉ không tồn tại hoặc không thể nhận thư: với thư Internet, phần bên phải dấu "@" không hợp lệ để gửi thư. RFC dành nó cho các lỗi vĩnh viễn.',
    whenSeen:
      'Tại RCPT TO trên một máy chủ chuyển tiếp hoặc máy chủ gửi thư có kiểm tra tên miền người nhận trong DNS, hoặc trong thư báo lỗi từ chính máy chủ của bạn, khi tên miền bị gõ sai, đã hết hạn hoặc không có bản ghi thư. Ví dụ, Postfix mặc định trả lời "450 4.1.2 <addr>: Recipient address rejected: Domain not found", để người gửi có thể thử lại nếu DNS chỉ hỏng trong chốc lát.',
    fix: {
      sender: 'Kiểm tra chính tả tên miền sau dấu @ và hỏi người nhận một địa chỉ hoạt động được.',
      admin: 'Nếu tên miền lẽ ra nhận thư, hãy kiểm tra các bản ghi MX và A của nó; ở phía gửi, đảm bảo trình phân giải DNS của máy chủ hoạt động.',
    },
  },
  'X.1.3': {
    title: 'Cú pháp địa chỉ hộp thư đích không hợp lệ',
    summary: 'Địa chỉ người nhận không phải là một địa chỉ đúng cú pháp.',
    description: 'Địa chỉ đích bị sai định dạng; vấn đề có thể nằm ở bất kỳ phần nào của nó. RFC dành nó cho các lỗi vĩnh viễn.',
    whenSeen:
      'Khi trả lời RCPT TO lúc địa chỉ không có dấu ngoặc nhọn, chứa dấu cách hoặc ký tự đặc biệt không được đặt trong ngoặc kép, có hai dấu "@" hoặc dấu chấm ở cuối, hoặc chỉ là một tên hiển thị được dán từ sổ địa chỉ.',
    fix: {
      sender: 'Sửa địa chỉ người nhận để có dạng như name@example.com, không có tên hiển thị hay ký tự thừa.',
      admin: 'Kiểm tra máy khách hoặc ứng dụng gửi RCPT TO:<name@example.com> và việc viết lại địa chỉ không tạo ra địa chỉ hỏng.',
    },
  },
  'X.1.4': {
    title: 'Địa chỉ hộp thư đích không rõ ràng',
    summary: 'Địa chỉ người nhận khớp với nhiều hơn một hộp thư, nên máy chủ không thể chọn một.',
    description:
      'Địa chỉ như đã đưa ra khớp với nhiều người nhận trên hệ thống đích. Điều này có thể xảy ra khi hệ thống ánh xạ địa chỉ sang hộp thư cục bộ theo cách phỏng đoán, ví dụ khớp tên một cách lỏng lẻo.',
    whenSeen:
      'Tại RCPT TO (hoặc VRFY) trên những hệ thống phân giải tên không đầy đủ hoặc khớp gần đúng, ví dụ chỉ một tên riêng mà nhiều người dùng cùng có. Hiếm gặp trên Internet ngày nay.',
    fix: {
      sender: 'Dùng địa chỉ đầy đủ, chính xác của người bạn muốn gửi.',
      admin: 'Làm cho địa chỉ và bí danh là duy nhất, hoặc tắt việc khớp tên lỏng lẻo cho thư đến.',
    },
  },
  'X.1.5': {
    title: 'Địa chỉ đích hợp lệ',
    summary: 'Địa chỉ người nhận đã được chấp nhận là hợp lệ.',
    description:
      'Một trạng thái khẳng định: địa chỉ hộp thư người nhận như đã đưa ra là hợp lệ. Nó dành cho các phản hồi thành công và các báo cáo chuyển phát khẳng định.',
    whenSeen:
      'Sau một lệnh RCPT TO thành công, ví dụ "250 2.1.5 Ok" hoặc "250 2.1.5 Recipient OK", và cùng với 251 khi máy chủ chấp nhận một người nhận không ở máy chủ này và chuyển tiếp thư.',
    fix: {
      sender: 'Không cần làm gì; người nhận đã được chấp nhận cho giao dịch này.',
      admin:
        'Không cần khắc phục gì; hãy nhớ rằng được chấp nhận ở RCPT TO chưa phải là đã chuyển phát, và các lỗi về sau sẽ đến dưới dạng thư báo lỗi (bounce).',
    },
  },
  'X.1.6': {
    title: 'Hộp thư đích đã chuyển đi, không có địa chỉ chuyển tiếp',
    summary: 'Địa chỉ người nhận từng hoạt động, nhưng thư gửi đến nó không còn được nhận và không có địa chỉ mới.',
    description:
      'Địa chỉ hộp thư đã từng hợp lệ, nhưng nơi nhận không còn nhận thư cho nó và không đưa ra địa chỉ chuyển tiếp. RFC dành nó cho các lỗi vĩnh viễn.',
    whenSeen:
      'Tại RCPT TO hoặc trong thư báo lỗi khi một người đã rời tổ chức hoặc đổi nhà cung cấp và hệ thống nhận vẫn biết địa chỉ cũ từng tồn tại.',
    fix: {
      sender: 'Hỏi người đó địa chỉ mới bằng cách khác và xóa địa chỉ cũ khỏi danh sách của bạn.',
      admin: 'Nếu mọi người vẫn cần liên lạc với người dùng cũ, hãy thiết lập chuyển tiếp hoặc trả lời tự động nêu thông tin liên hệ mới.',
    },
  },
  'X.1.7': {
    title: 'Cú pháp địa chỉ hộp thư người gửi không hợp lệ',
    summary: 'Địa chỉ người gửi trong MAIL FROM không phải là một địa chỉ đúng cú pháp.',
    description: 'Địa chỉ của người gửi (người khởi tạo thư) bị sai định dạng; vấn đề có thể nằm ở bất kỳ phần nào của nó.',
    whenSeen:
      'Khi trả lời MAIL FROM lúc một ứng dụng hoặc thiết bị gửi làm người gửi trong phong bì một tên trơn, một tên máy không có tên miền, thiếu dấu ngoặc nhọn hoặc có ký tự không hợp lệ.',
    fix: {
      sender: 'Cấu hình ứng dụng gửi với một địa chỉ người gửi đầy đủ, ví dụ alerts@example.com.',
      admin:
        'Kiểm tra MAIL FROM mà máy khách thực sự gửi (nhật ký máy chủ hoặc bản ghi giao thức) và sửa việc viết lại hoặc giả danh (masquerading) địa chỉ đang làm hỏng nó.',
    },
  },
  'X.1.8': {
    title: 'Địa chỉ hệ thống người gửi không hợp lệ',
    summary: 'Tên miền trong địa chỉ người gửi không tồn tại hoặc không thể nhận thư trả lời.',
    description:
      'Hệ thống người gửi được nêu trong địa chỉ không tồn tại hoặc không thể nhận thư trả về: phần bên phải dấu "@" không hợp lệ để gửi thư. Bên nhận từ chối nó vì các thư báo lỗi sẽ không bao giờ chuyển được.',
    whenSeen:
      'Tại MAIL FROM (hoặc tại RCPT TO trên những máy chủ trì hoãn việc kiểm tra) khi người gửi trong phong bì dùng một tên miền chưa đăng ký hoặc nội bộ như tên .local, tên miền bị gõ sai, hoặc một tên miền đã hết hạn. Mã 4.1.8 thường gặp khi việc tra cứu DNS của tên miền đó tạm thời thất bại.',
    fix: {
      sender: 'Gửi từ một địa chỉ thuộc tên miền thật, đã đăng ký và có thể nhận thư.',
      admin:
        'Công bố bản ghi MX hoặc A cho tên miền người gửi trong phong bì, và cấu hình máy chủ viết lại tên máy nội bộ thành một tên miền công khai.',
    },
  },
  'X.1.9': {
    title: 'Thư được chuyển tiếp đến một hệ thống thư không tuân thủ',
    summary: 'Địa chỉ hợp lệ, nhưng thư đã được chuyển sang một hệ thống không thể báo thêm trạng thái.',
    description:
      'Địa chỉ hộp thư hợp lệ và thư đã được chuyển tiếp đến một hệ thống không hỗ trợ kiểu báo cáo trạng thái này, nên sẽ không có thêm thông tin nào gửi về. Nó chỉ được dùng với lớp 2, cùng với hành động "relayed" (đã chuyển tiếp).',
    whenSeen:
      'Không phải dưới dạng phản hồi SMTP mà trong các thông báo trạng thái chuyển phát (DSN) và phản hồi theo dõi thư, khi thư đã rời hệ thống báo cáo để đến một hệ thống không gửi lại báo cáo chuyển phát hay theo dõi.',
    fix: {
      sender: 'Không cần khắc phục gì; thư đã được chuyển đi, nhưng không thể xác nhận việc chuyển phát cuối cùng.',
      admin: 'Nếu bạn cần báo cáo đầu-cuối, hãy tìm xem chặng tiếp theo nào thiếu hỗ trợ DSN hoặc theo dõi thư.',
    },
  },
  'X.1.10': {
    title: 'Địa chỉ người nhận có null MX',
    summary: 'Tên miền người nhận công bố một bản ghi null MX, tuyên bố rằng nó hoàn toàn không nhận thư.',
    description:
      'Địa chỉ người nhận không hợp lệ vì tên miền của nó có "null MX" (một bản ghi MX duy nhất với độ ưu tiên 0 và máy chủ "."). Thư gửi đến tên miền như vậy thất bại ngay thay vì được thử lại; phản hồi cơ bản tương ứng là 556.',
    whenSeen:
      'Thường trong thư báo lỗi từ chính máy chủ gửi đi của bạn, vốn đánh thất bại thư ngay thay vì thử lại, hoặc tại RCPT TO trên một máy chủ chuyển tiếp có kiểm tra tên miền người nhận, ví dụ "556 5.1.10 <addr>: Recipient address rejected: Domain example.com does not accept mail".',
    fix: {
      sender: 'Tên miền này không nhận thư; hãy hỏi người nhận một địa chỉ thuộc tên miền có nhận thư.',
      admin: 'Nếu đó là tên miền của bạn và nó cần nhận thư, hãy thay null MX bằng các bản ghi MX thật.',
    },
  },
  'X.2.0': {
    title: 'Trạng thái hộp thư khác hoặc không xác định',
    summary: 'Một điều gì đó ở hộp thư người nhận (có tồn tại) đã ngăn việc chuyển phát, không có lý do cụ thể hơn.',
    description: 'Hộp thư có tồn tại, nhưng một điều gì đó ở nó gây ra trạng thái này, và không có chi tiết X.2 nào cụ thể hơn phù hợp.',
    whenSeen:
      'Tại RCPT TO hoặc sau khi kết thúc dữ liệu, ví dụ "450 4.2.0" từ các chính sách greylisting hoãn lần thử đầu tiên của một người gửi lạ, hoặc một lỗi chuyển phát cục bộ như hộp thư đang bị khóa.',
    fix: {
      sender: 'Với 4.2.0, hãy để máy chủ của bạn thử lại như bình thường; với 5.2.0, hãy liên hệ người nhận bằng cách khác.',
      admin: 'Ở phía nhận, kiểm tra trạng thái hộp thư và nhật ký của tác tử chuyển phát (delivery agent) cho người nhận đó.',
    },
  },
  'X.2.1': {
    title: 'Hộp thư bị vô hiệu hóa, không nhận thư',
    summary: 'Hộp thư người nhận có tồn tại nhưng đã bị vô hiệu hóa và không nhận thư.',
    description:
      'Hộp thư có tồn tại nhưng không nhận thư. Đây là lỗi vĩnh viễn nếu hộp thư sẽ không bao giờ được bật lại và là lỗi tạm thời nếu nó chỉ bị vô hiệu hóa trong một thời gian.',
    whenSeen:
      'Tại RCPT TO hoặc trong thư báo lỗi khi tài khoản bị đình chỉ, bị vô hiệu hóa do không hoạt động hoặc do lạm dụng, hoặc đã đóng nhưng chưa xóa, ví dụ "550 5.2.1 The email account that you tried to reach is disabled".',
    fix: {
      sender: 'Liên hệ người nhận bằng cách khác và hỏi một địa chỉ hoạt động được; thử lại một lỗi 5.2.1 sẽ không giúp gì.',
      admin: 'Ở phía nhận, bật lại tài khoản nếu nó cần nhận thư, hoặc chuyển tiếp thư đến một hộp thư đang dùng.',
    },
  },
  'X.2.2': {
    title: 'Hộp thư đầy',
    summary: 'Hộp thư của người nhận đã vượt hạn mức hoặc dung lượng.',
    description:
      'Hộp thư đã đầy vì người dùng vượt hạn mức của hộp thư hoặc dung lượng vật lý. Người nhận có thể giải phóng chỗ bằng cách xóa thư, nên RFC dành nó cho lỗi tạm thời kéo dài.',
    whenSeen:
      'Tại RCPT TO hoặc sau khi kết thúc dữ liệu khi người nhận chưa dọn hộp thư; nhiều máy chủ gửi nó với lớp 5 (552 5.2.2) dù RFC dự định lớp 4.',
    fix: {
      sender: 'Chờ và thử lại sau, hoặc liên hệ người nhận bằng cách khác để họ giải phóng chỗ.',
      admin: 'Ở phía nhận, tăng hạn mức hoặc đề nghị người dùng xóa bớt thư.',
    },
  },
  'X.2.3': {
    title: 'Độ dài thư vượt giới hạn quản trị',
    summary: 'Thư lớn hơn giới hạn kích thước riêng của người nhận này.',
    description:
      'Đã vượt giới hạn kích thước thư của từng hộp thư; mã này dành cho những hộp thư có giới hạn thấp hơn giới hạn chung của hệ thống. RFC dành nó cho lỗi vĩnh viễn.',
    whenSeen:
      'Tại RCPT TO hoặc sau khi kết thúc dữ liệu khi một người nhận có giới hạn kích thước nhận thấp hơn giới hạn chung của máy chủ, nên những người nhận khác của cùng thư vẫn có thể nhận được.',
    fix: {
      sender: 'Gửi một thư nhỏ hơn, ví dụ chia sẻ tệp đính kèm lớn dưới dạng liên kết.',
      admin: 'Ở phía nhận, tăng giới hạn kích thước thư của hộp thư đó nếu nó cần nhận thư lớn hơn.',
    },
  },
  'X.2.4': {
    title: 'Sự cố khi mở rộng danh sách thư',
    summary: 'Người nhận là một danh sách thư, và danh sách không thể được mở rộng thành các thành viên.',
    description:
      'Địa chỉ thuộc về một danh sách thư và danh sách không thể được mở rộng thành địa chỉ của các thành viên. Đây có thể là lỗi vĩnh viễn hoặc lỗi tạm thời kéo dài.',
    whenSeen:
      'Tại RCPT TO hoặc trong thư báo lỗi khi thư được gửi đến một địa chỉ danh sách hoặc nhóm mà tệp thành viên, nhóm trong thư mục hoặc trình quản lý danh sách bị hỏng, trống hoặc không truy cập được.',
    fix: {
      sender: 'Báo cho chủ danh sách, hoặc viết trực tiếp cho các thành viên cho đến khi danh sách hoạt động lại.',
      admin: 'Kiểm tra định nghĩa của danh sách (tệp thành viên, nhóm trong thư mục, trình quản lý danh sách) và nhật ký máy chủ để tìm lỗi mở rộng.',
    },
  },
  'X.3.0': {
    title: 'Trạng thái hệ thống thư khác hoặc không xác định',
    summary: 'Một điều gì đó ở chính hệ thống thư nhận đã gây ra trạng thái này, không có lý do cụ thể hơn.',
    description:
      'Hệ thống đích có tồn tại và bình thường vẫn nhận thư, nhưng một điều gì đó ở hệ thống gây ra trạng thái này, và không có chi tiết X.3 nào cụ thể hơn phù hợp.',
    whenSeen:
      'Ở gần như mọi giai đoạn, thường dưới dạng "451 4.3.0" khi máy chủ gặp sự cố nội bộ: tra cứu bảng hoặc thư mục thất bại, lỗi ghi tệp hàng đợi, hoặc một bộ lọc nội dung hay milter không trả lời.',
    fix: {
      sender: 'Với 4.3.0, hãy để máy chủ của bạn thử lại; nếu 5.3.0 vẫn tiếp diễn, hãy liên hệ quản trị viên thư của người nhận.',
      admin: 'Xem nhật ký máy chủ vào thời điểm phản hồi để tìm lỗi tra cứu, đĩa, bộ lọc hoặc milter.',
    },
  },
  'X.3.1': {
    title: 'Hệ thống thư đầy',
    summary: 'Hệ thống thư nhận đã hết dung lượng lưu trữ.',
    description:
      'Dung lượng lưu trữ của hệ thống thư đã cạn, điều mà người nhận không thể khắc phục bằng cách xóa thư. RFC chỉ dành nó cho lỗi tạm thời kéo dài.',
    whenSeen:
      'Tại MAIL FROM, RCPT TO hoặc sau khi kết thúc dữ liệu khi đĩa chứa hàng đợi thư hoặc kho hộp thư đã đầy hoặc xuống dưới ngưỡng dung lượng trống, ví dụ "452 4.3.1 Insufficient system storage".',
    fix: {
      sender: 'Không cần thay đổi gì; hãy để máy chủ của bạn thử lại, thư vẫn đang nằm trong hàng đợi.',
      admin: 'Ở phía nhận, giải phóng hoặc bổ sung dung lượng đĩa cho hàng đợi và kho hộp thư, và kiểm tra các ngưỡng dung lượng trống.',
    },
  },
  'X.3.2': {
    title: 'Hệ thống không nhận thư từ mạng',
    summary: 'Máy nhận hiện không nhận thư, ví dụ đang tắt, quá tải hoặc bảo trì.',
    description:
      'Máy chứa hộp thư không nhận thư, ví dụ vì sắp tắt, đang quá tải hoặc đang bảo trì. Đây có thể là lỗi vĩnh viễn hoặc lỗi tạm thời kéo dài.',
    whenSeen:
      'Ở lời chào hoặc khi trả lời bất kỳ lệnh nào, thường dưới dạng "421 4.3.2" khi máy chủ khởi động lại, hết chỗ cho kết nối ("All server ports are busy") hoặc đang giảm tải. Đi với 521, nó nghĩa là máy hoàn toàn không nhận thư; postscreen của Postfix gửi "521 5.3.2 Service currently unavailable" cho các máy khách nằm trong danh sách chặn.',
    fix: {
      sender: 'Không cần thay đổi gì; máy chủ của bạn sẽ thử lại sau.',
      admin: 'Ở phía nhận, kiểm tra vì sao dịch vụ từ chối thư (chế độ bảo trì, giới hạn tải, hàng đợi bị dừng) và khôi phục nó.',
    },
  },
  'X.3.3': {
    title: 'Hệ thống không có khả năng với các tính năng đã chọn',
    summary: 'Thư yêu cầu những tính năng mà hệ thống đích không hỗ trợ.',
    description:
      'Các tính năng được chọn cho thư không được hệ thống đích hỗ trợ. Điều này xảy ra ở các cổng nối (gateway) khi một tính năng của hệ thống thư này không thể ánh xạ sang một tính năng mà hệ thống kia hỗ trợ.',
    whenSeen:
      'Trong thư báo lỗi hoặc phản hồi từ một cổng nối hoặc máy chủ chuyển tiếp khi thư yêu cầu một tùy chọn chuyển phát hoặc phần mở rộng mà hệ thống kế tiếp không cung cấp được.',
    fix: {
      sender: 'Gửi thư mà không kèm tùy chọn đặc biệt nó đã yêu cầu, hoặc gửi qua đường khác.',
      admin: 'Tìm xem chặng tiếp theo thiếu tính năng nào (nội dung phản hồi, nhật ký) rồi ngừng yêu cầu nó hoặc định tuyến tránh hệ thống đó.',
    },
  },
  'X.3.4': {
    title: 'Thư quá lớn đối với hệ thống',
    summary: 'Thư lớn hơn giới hạn kích thước của hệ thống nhận.',
    description:
      'Thư lớn hơn giới hạn kích thước cho mỗi thư của hệ thống, dù giới hạn đó là vật lý hay do quản trị đặt ra. RFC chỉ dành nó cho lỗi vĩnh viễn.',
    whenSeen:
      'Tại MAIL FROM khi tham số SIZE= vượt kích thước mà máy chủ đã thông báo trong EHLO, hoặc sau khi kết thúc dữ liệu (hoặc một khối BDAT) khi thư thực tế quá lớn, ví dụ "552 5.3.4 Message file too big".',
    fix: {
      sender: 'Làm thư nhỏ lại, ví dụ gửi tệp đính kèm lớn dưới dạng liên kết.',
      admin: 'Nếu thư lớn hơn cần được cho qua, hãy tăng giới hạn kích thước thư trên mọi chặng, kể cả các bộ lọc nội dung.',
    },
  },
  'X.3.5': {
    title: 'Hệ thống bị cấu hình sai',
    summary: 'Hệ thống nhận được thiết lập theo cách khiến nó không thể nhận thư này.',
    description: 'Hệ thống không được cấu hình theo cách cho phép nó nhận thư này; lỗi nằm ở chính thiết lập của nó.',
    whenSeen:
      'Tại RCPT TO, sau khi kết thúc dữ liệu hoặc trong thư báo lỗi khi máy chủ phát hiện lỗi trong chính thiết lập của mình, như một bảng tra cứu hoặc chính sách mà nó không dùng được (Postfix: "451 4.3.5 Server configuration error"), hoặc thư cho một tên miền quay vòng về chính nó vì các bản ghi MX trỏ đến một máy không coi tên miền đó là cục bộ.',
    fix: {
      sender: 'Báo cho quản trị viên thư của người nhận qua kênh khác; gửi lại sẽ không giúp gì cho đến khi họ sửa.',
      admin: 'Kiểm tra danh sách tên miền cục bộ, các bản ghi MX và bảng định tuyến cho tên miền bị ảnh hưởng, và mục nhật ký ghi lỗi chính xác.',
    },
  },
  'X.3.6': {
    title: 'Độ ưu tiên được yêu cầu đã bị thay đổi',
    summary: 'Thư đã được nhận, nhưng không với độ ưu tiên mà người gửi yêu cầu.',
    description:
      'Thư đã được nhận để chuyển tiếp hoặc chuyển phát, nhưng độ ưu tiên được yêu cầu (có thể là mức mặc định ngầm định) không được tôn trọng. Nội dung phản hồi bắt đầu bằng độ ưu tiên mới, theo sau là một dấu cách và lời giải thích.',
    whenSeen:
      'Trong một phản hồi 250 ở các phiên dùng phần mở rộng MT-PRIORITY, khi máy chủ hạ hoặc nâng độ ưu tiên mà người gửi đã yêu cầu bằng MAIL FROM, ví dụ vì người gửi không được phép dùng mức đó.',
    fix: {
      sender: 'Không có gì sai; nếu độ ưu tiên quan trọng, hãy hỏi bên vận hành máy chủ nhận xem bạn được phép dùng những mức nào.',
      admin: 'Kiểm tra chính sách độ ưu tiên cho người gửi này nếu họ nên được phép dùng mức đã yêu cầu.',
    },
  },
  'X.4.0': {
    title: 'Trạng thái mạng hoặc định tuyến khác hoặc không xác định',
    summary: 'Đã có sự cố về mạng hoặc định tuyến, và không có mã nào cụ thể hơn phù hợp.',
    description:
      'Một sự cố chung về mạng hoặc định tuyến: đã có trục trặc với kết nối mạng, nhưng không rõ là gì, hoặc không có mã chi tiết X.4 nào khác mô tả đúng.',
    whenSeen:
      'Chủ yếu trong thư báo lỗi và thông báo chậm trễ do máy chủ gửi viết ra sau một lần chuyển phát thất bại, ví dụ một kết nối thất bại vì lý do mà phần mềm không phân loại được.',
    fix: {
      sender: 'Đọc nội dung văn bản sau mã để biết nguyên nhân thực sự; nếu thư chỉ bị chậm, hãy chờ các lần thử lại.',
      admin: 'Kiểm tra nhật ký kết nối đi cho đích này (DNS, kết nối TCP, TLS) để tìm lỗi cụ thể.',
    },
  },
  'X.4.1': {
    title: 'Máy chủ không trả lời',
    summary: 'Máy chủ nhận không trả lời lần thử kết nối.',
    description:
      'Lần thử kết nối đi không được trả lời, vì hệ thống ở xa đang bận hoặc không thể nhận kết nối. RFC 3463 chỉ định nghĩa nó là lỗi tạm thời kéo dài (4.x.x).',
    whenSeen:
      'Trong thông báo chậm trễ và thư báo lỗi cuối cùng từ chính máy chủ của bạn khi các máy chủ thư của người nhận hết thời gian chờ hoặc từ chối kết nối TCP trên cổng 25 (máy chủ ngừng hoạt động, tường lửa, hoặc nhà cung cấp của bạn chặn cổng 25 chiều đi).',
    fix: {
      sender: 'Không cần thay đổi gì trong thư; máy chủ của bạn vẫn tiếp tục thử lại. Nếu kéo dài nhiều ngày, hãy liên hệ người nhận bằng cách khác.',
      admin:
        'Thử kết nối TCP đến các máy MX trên cổng 25 từ máy chủ gửi; kiểm tra xem cổng 25 chiều đi có bị chặn hoặc có tường lửa ở phía nào không.',
    },
  },
  'X.4.2': {
    title: 'Kết nối kém',
    summary: 'Kết nối đã được thiết lập nhưng bị đứt trước khi giao dịch thư kịp hoàn tất.',
    description:
      'Kết nối đi đã được thiết lập nhưng giao dịch thư không thể hoàn tất, do hết thời gian chờ hoặc chất lượng kết nối kém. RFC 3463 chỉ định nghĩa nó là lỗi tạm thời kéo dài (4.x.x).',
    whenSeen:
      'Dưới dạng "421 4.4.2 ... Error: timeout exceeded" khi máy chủ ngắt một máy khách nhàn rỗi hoặc quá chậm, hoặc trong thông báo chậm trễ sau khi kết nối bị mất giữa giao dịch.',
    fix: {
      sender: 'Không cần thay đổi gì trong thư; nó sẽ được tự động thử lại.',
      admin: 'Tìm các trường hợp hết thời gian chờ, mất gói hoặc sự cố MTU giữa hai máy chủ, và một máy khách bị treo giữa các lệnh.',
    },
  },
  'X.4.3': {
    title: 'Lỗi máy chủ thư mục',
    summary: 'Một máy chủ thư mục, thường là DNS, không khả dụng, nên thư không thể được chuyển tiếp.',
    description:
      'Hệ thống mạng không thể chuyển tiếp thư vì một máy chủ thư mục không khả dụng; không liên lạc được với máy chủ DNS trên Internet là ví dụ tiêu chuẩn. RFC 3463 định nghĩa nó là lỗi tạm thời kéo dài, dù sổ đăng ký (registry) cũng liệt kê 550 đi kèm nó.',
    whenSeen:
      'Trong thông báo chậm trễ khi việc tra cứu DNS các bản ghi MX của tên miền người nhận hết thời gian chờ hoặc trả về SERVFAIL, hoặc tại MAIL/RCPT khi các kiểm tra DNS của bên nhận đối với người gửi tạm thời thất bại (lỗi tạm thời của SPF, tức temperror, trước đây được báo theo cách này, nay là X.7.24).',
    fix: {
      sender: 'Chờ các lần thử lại; kiểm tra tên miền được viết đúng chính tả.',
      admin:
        'Kiểm tra trình phân giải DNS của bạn (truy cập được, không bị giới hạn tốc độ) và các máy chủ tên có thẩm quyền của tên miền, ví dụ dùng dig truy vấn từng máy.',
    },
  },
  'X.4.4': {
    title: 'Không thể định tuyến',
    summary: 'Hệ thống thư không tìm được nơi tiếp theo để gửi thư.',
    description:
      'Không thể xác định chặng tiếp theo vì thông tin định tuyến (với thư Internet là DNS) không khả dụng. Một câu trả lời DNS chỉ có bản ghi SOA cho tên miền là một ví dụ. Được dùng cho cả lỗi vĩnh viễn lẫn lỗi tạm thời kéo dài.',
    whenSeen:
      'Trong thư báo lỗi từ phía gửi khi tên miền người nhận không có bản ghi MX hoặc bản ghi địa chỉ dùng được, hoặc khi tra cứu DNS thất bại.',
    fix: {
      sender: 'Kiểm tra tên miền người nhận xem có lỗi gõ không.',
      admin: 'Kiểm tra các bản ghi MX và bản ghi địa chỉ của tên miền người nhận, và trình phân giải DNS của bạn.',
    },
  },
  'X.4.5': {
    title: 'Hệ thống thư bị nghẽn',
    summary: 'Hệ thống thư hiện quá nghẽn để chuyển phát thư.',
    description: 'Thư không thể được chuyển phát vì hệ thống thư bị nghẽn. RFC 3463 chỉ định nghĩa nó là lỗi tạm thời kéo dài (4.x.x).',
    whenSeen:
      'Trong các phản hồi tạm thời hoặc thông báo chậm trễ khi máy chủ nhận hoặc một máy chủ chuyển tiếp trung gian bị quá tải, bóp băng thông kết nối đến hoặc có hàng đợi quá dài.',
    fix: {
      sender: 'Không cần thay đổi gì; thư sẽ được tự động thử lại.',
      admin: 'Để hàng đợi thử lại; nếu kéo dài, hãy giảm tốc độ gửi hoặc số kết nối đồng thời đến đích đó.',
    },
  },
  'X.4.6': {
    title: 'Phát hiện vòng lặp định tuyến',
    summary: 'Thư bị chuyển vòng quanh giữa các hệ thống thư và đã bị dừng lại.',
    description:
      'Một vòng lặp định tuyến khiến thư bị chuyển tiếp quá nhiều lần, do bảng định tuyến sai hoặc do người dùng thiết lập chuyển tiếp vòng tròn. RFC 3463 gọi nó là lỗi tạm thời kéo dài, nhưng trên thực tế máy chủ cũng trả thư về với 5.4.6 vì thử lại không phá được vòng lặp.',
    whenSeen:
      'Khi kết thúc dữ liệu hoặc trong thư báo lỗi khi thư mang quá nhiều trường header Received (vượt số chặng), hoặc khi hai hộp thư chuyển tiếp cho nhau.',
    fix: {
      sender: 'Báo cho người nhận: địa chỉ đó chuyển tiếp theo vòng tròn. Gửi lại không giúp gì.',
      admin:
        'Lần theo các trường header Received trong thư báo lỗi để tìm vòng lặp: các quy tắc chuyển tiếp, bí danh, hoặc thiết lập MX/chuyển tiếp trỏ ngược về nhau.',
    },
  },
  'X.4.7': {
    title: 'Hết thời gian chuyển phát',
    summary: 'Thư đã quá cũ: nó nằm trong hàng đợi quá lâu hoặc thời gian sống của nó đã hết.',
    description:
      'Thư bị coi là quá cũ, hoặc vì nó nằm trên một máy quá lâu, hoặc vì đã vượt thời gian sống (time-to-live) do người gửi đặt. RFC 3463 yêu cầu các hệ thống, khi có thể, báo vấn đề thực tế gặp phải trong quá trình chuyển phát thay cho mã này.',
    whenSeen:
      'Trong thư báo lỗi cuối cùng sau khi hàng đợi gửi đã bỏ cuộc (thường sau nhiều ngày nhận phản hồi 4xx), thường kèm lỗi cuối cùng gặp phải, ví dụ hết thời gian chờ hoặc greylisting.',
    fix: {
      sender: 'Xem lỗi cuối cùng được trích trong thư báo lỗi; khắc phục nguyên nhân đó rồi gửi lại.',
      admin:
        'Tìm hiểu vì sao các lần thử trước thất bại (phản hồi cuối cùng trong nhật ký), và kiểm tra thời gian tối đa thư được giữ trong hàng đợi.',
    },
  },
  'X.5.0': {
    title: 'Trạng thái giao thức khác hoặc không xác định',
    summary: 'Đã có vấn đề trong cuộc hội thoại SMTP, và không có mã nào cụ thể hơn phù hợp.',
    description:
      'Một trạng thái chung về giao thức chuyển phát thư: đã có vấn đề với giao thức cần để chuyển thư đến chặng tiếp theo, và không có mã chi tiết X.5 nào khác mô tả đúng. Sổ đăng ký (registry) liệt kê nó cùng nhiều mã cơ bản, kể cả các mã thành công.',
    whenSeen:
      'Đi kèm nhiều phản hồi khác nhau, ví dụ "503 5.5.0" cho một lệnh sai thứ tự, hoặc "250 2.5.0" trên một số máy chủ, và trong thư báo lỗi sau một phản hồi không mong đợi.',
    fix: {
      sender: 'Đọc nội dung văn bản sau mã; nếu ứng dụng thư của bạn hiển thị nó, hãy báo toàn bộ phản hồi cho nhà cung cấp.',
      admin: 'Ghi lại cuộc hội thoại SMTP (nhật ký máy khách hoặc bản ghi giao thức) để xem máy chủ phản đối lệnh nào.',
    },
  },
  'X.5.1': {
    title: 'Lệnh không hợp lệ',
    summary: 'Một lệnh được gửi sai trình tự hoặc không được máy chủ hỗ trợ.',
    description: 'Một lệnh của giao dịch thư đã được gửi sai trình tự hoặc không được hỗ trợ. RFC 3463 chỉ định nghĩa nó là lỗi vĩnh viễn (5.x.x).',
    whenSeen:
      'Dưới dạng "503 5.5.1 Error: need MAIL command" (Postfix) khi các lệnh đến sai thứ tự, ví dụ RCPT trước MAIL hoặc DATA khi chưa có người nhận nào được chấp nhận, hoặc đi với 502 cho một lệnh mà máy chủ không triển khai.',
    fix: {
      sender: 'Kiểm tra cài đặt SMTP của ứng dụng gửi; cập nhật hoặc cấu hình lại máy khách đã gửi lệnh đó.',
      admin:
        'Ghi lại cuộc hội thoại để xem lệnh nào đến sai thứ tự, và máy khách có đang giả định một phần mở rộng mà máy chủ không quảng bá trong EHLO hay không.',
    },
  },
  'X.5.2': {
    title: 'Lỗi cú pháp',
    summary: 'Máy chủ không phân tích được lệnh, hoặc không nhận ra nó.',
    description:
      'Một lệnh của giao dịch thư đã được gửi nhưng không thể diễn giải, vì cú pháp sai hoặc lệnh không được nhận ra. RFC 3463 chỉ định nghĩa nó là lỗi vĩnh viễn (5.x.x).',
    whenSeen:
      'Dưới dạng "501 5.5.2 Syntax error in parameters scanning "FROM"" (Sendmail) hoặc "502 5.5.2 Error: command not recognized" (Postfix), ví dụ một lệnh MAIL FROM sai định dạng, một lệnh viết sai, hoặc một máy khách văn bản thuần nói chuyện với cổng chỉ dùng TLS.',
    fix: {
      sender: 'Kiểm tra địa chỉ bạn đã gõ và thiết lập cổng cùng mã hóa của ứng dụng thư (587 với STARTTLS hoặc 465 với TLS).',
      admin: 'Ghi lại cuộc hội thoại để xem chính xác dòng mà máy chủ từ chối; sửa máy khách hoặc script tạo ra các lệnh.',
    },
  },
  'X.5.3': {
    title: 'Quá nhiều người nhận',
    summary: 'Thư nêu nhiều người nhận hơn số máy chủ chấp nhận trong một giao dịch.',
    description:
      'Số người nhận được đưa ra nhiều hơn số giao thức có thể chuyển phát. Thông thường người gửi chia thư ra và gửi những người nhận còn lại trong một giao dịch sau; mã này dành cho trường hợp không thể làm vậy.',
    whenSeen:
      'Sau RCPT TO khi đã đạt giới hạn số người nhận cho mỗi thư, dưới dạng "452 4.5.3 Too many recipients" (gửi phần còn lại sau) hoặc, trên một số máy chủ, "552 5.5.3".',
    fix: {
      sender: 'Gửi cho ít người nhận hơn trong mỗi thư, hoặc dùng một danh sách thư.',
      admin:
        'So sánh giới hạn số người nhận của máy chủ nhận với số người nhận mà phần mềm của bạn đưa vào một giao dịch; cấu hình để nó chia thành nhiều lô.',
    },
    retryNote:
      'Với 452, những người nhận đã được chấp nhận vẫn giữ nguyên: hãy chuyển thư này cho họ và thử những người nhận còn lại trong một giao dịch mới (RFC 5321 §4.5.3.1.10).',
  },
  'X.5.4': {
    title: 'Đối số lệnh không hợp lệ',
    summary: 'Một lệnh hợp lệ được gửi kèm những đối số mà máy chủ không chấp nhận.',
    description:
      'Một lệnh giao dịch thư hợp lệ được gửi kèm đối số không hợp lệ, vì chúng nằm ngoài phạm vi hoặc nêu những tính năng không được nhận ra. RFC 3463 chỉ định nghĩa nó là lỗi vĩnh viễn, dù sổ đăng ký (registry) cũng liệt kê 451 đi kèm nó.',
    whenSeen:
      'Dưới dạng "555 5.5.4 Unsupported option" cho một tham số MAIL FROM hoặc RCPT TO mà máy chủ không quảng bá (ví dụ SMTPUTF8, SIZE, BODY), hoặc "504 5.5.4" cho một cơ chế AUTH không được biết đến.',
    fix: {
      sender: 'Cập nhật phần mềm gửi, hoặc tắt tùy chọn mà nó thêm vào lệnh.',
      admin:
        'So sánh các tham số máy khách gửi với các phần mở rộng mà máy chủ liệt kê trong phản hồi EHLO; chỉ dùng những phần mở rộng đã được quảng bá.',
    },
  },
  'X.5.5': {
    title: 'Sai phiên bản giao thức',
    summary: 'Hai hệ thống dùng các phiên bản giao thức mà chúng không thể dung hòa.',
    description: 'Có sự không khớp về phiên bản giao thức mà các hệ thống giao tiếp không thể tự động giải quyết.',
    whenSeen:
      'Hiếm gặp trong chính SMTP; chủ yếu trong thư báo lỗi từ các cổng nối giữa SMTP và các hệ thống thư khác có phiên bản giao thức không khớp.',
    fix: {
      sender: 'Kiểm tra ứng dụng thư của bạn được đặt đúng máy chủ, cổng và giao thức.',
      admin: 'Kiểm tra mỗi bên mong đợi giao thức và phiên bản nào (SMTP hay LMTP, thiết lập cổng nối) và làm cho chúng khớp nhau.',
    },
  },
  'X.5.6': {
    title: 'Dòng trao đổi xác thực quá dài',
    summary: 'AUTH thất bại vì một phản hồi base64 từ máy khách dài hơn mức máy chủ có thể nhận.',
    description:
      'Được gửi khi máy chủ đánh thất bại lệnh AUTH vì máy khách gửi một phản hồi base64 dài hơn bộ đệm dành cho cơ chế SASL đã chọn. Có thể dùng như lỗi vĩnh viễn hoặc lỗi tạm thời kéo dài.',
    whenSeen:
      'Dưới dạng "500 5.5.6 Authentication Exchange line is too long" trong quá trình AUTH, ví dụ với một token OAuth lớn hoặc một vé Kerberos (GSSAPI).',
    fix: {
      sender: 'Thử một phương thức xác thực khác mà máy chủ cung cấp, hoặc một token ngắn hơn.',
      admin: 'Tăng độ dài tối đa của dòng AUTH trên máy chủ, hoặc cung cấp một cơ chế có phản hồi ngắn hơn.',
    },
  },
  'X.6.0': {
    title: 'Lỗi phương tiện khác hoặc không xác định',
    summary: 'Một điều gì đó ở nội dung thư khiến nó không thể chuyển phát, và không có mã nào cụ thể hơn phù hợp.',
    description:
      'Một trạng thái chung về nội dung: một điều gì đó ở nội dung thư khiến nó bị coi là không thể chuyển phát, và không có mã chi tiết X.6 nào khác mô tả đúng.',
    whenSeen:
      'Sau khi kết thúc dữ liệu, đi với 554, khi một bộ lọc nội dung từ chối thư, ví dụ vì cấu trúc MIME sai định dạng, một loại tệp đính kèm bị chặn, hoặc một header mà nó không phân tích được.',
    fix: {
      sender: 'Bỏ hoặc nén (zip) các tệp đính kèm bất thường, gửi từ một ứng dụng thư khác, và xem nội dung sau mã để biết lý do.',
      admin: 'Kiểm tra nhật ký bộ lọc nội dung cho thư này để xem quy tắc hoặc bộ phân tích nào đã từ chối nó.',
    },
  },
  'X.6.1': {
    title: 'Phương tiện không được hỗ trợ',
    summary: 'Giao thức chuyển phát hoặc hệ thống kế tiếp không thể mang loại nội dung có trong thư.',
    description:
      'Phương tiện (media) của thư không được giao thức chuyển phát hoặc hệ thống kế tiếp trên đường chuyển tiếp hỗ trợ. RFC 3463 chỉ định nghĩa nó là lỗi vĩnh viễn (5.x.x).',
    whenSeen:
      'Trong thư báo lỗi từ các cổng nối sang hệ thống nhắn tin khác (fax, SMS, X.400 cũ) và từ các bộ lọc từ chối một loại nội dung hoặc định dạng tệp đính kèm.',
    fix: {
      sender: 'Gửi nội dung ở định dạng phổ biến hơn (văn bản thuần, PDF) hoặc không kèm tệp đính kèm.',
      admin: 'Kiểm tra cổng nối hoặc bộ lọc chấp nhận những loại nội dung nào cho đích này.',
    },
  },
  'X.6.2': {
    title: 'Cần chuyển đổi nhưng bị cấm',
    summary: 'Nội dung cần được chuyển đổi để chuyển phát, nhưng việc chuyển đổi không được phép.',
    description:
      'Nội dung phải được chuyển đổi trước khi có thể chuyển phát, và việc chuyển đổi không được phép, do chính người gửi quy định trong thư hoặc do chính sách của máy gửi.',
    whenSeen:
      'Trong thư báo lỗi khi một thư được đánh dấu cấm chuyển đổi (ví dụ nội dung đã ký không được mã hóa lại) gặp một chặng tiếp theo không thể nhận nó nguyên trạng, như nội dung 8-bit gửi đến máy chủ chỉ hỗ trợ 7-bit.',
    fix: {
      sender: 'Gửi thư ở dạng không cần chuyển đổi, ví dụ với cách mã hóa an toàn 7-bit (quoted-printable hoặc base64).',
      admin: 'Kiểm tra xem máy gửi có cấm chuyển đổi theo chính sách không và chặng tiếp theo có hỗ trợ 8BITMIME hoặc BINARYMIME không.',
    },
  },
  'X.6.3': {
    title: 'Cần chuyển đổi nhưng không được hỗ trợ',
    summary: 'Nội dung cần được chuyển đổi cho chặng tiếp theo, nhưng không máy nào trên đường đi làm được.',
    description:
      'Nội dung phải được chuyển đổi để chuyển tiếp, nhưng một máy trên đường chuyển tiếp không làm được hoặc việc đó không khả thi. Ví dụ tiêu chuẩn là một máy chủ nhận thư 8-bit nhưng không thể hạ nó xuống 7-bit cho một chặng tiếp theo đòi hỏi điều đó.',
    whenSeen:
      'Trong thư báo lỗi cho các thư 8-bit hoặc nhị phân được chuyển tiếp đến một máy chủ không quảng bá 8BITMIME, khi máy chủ chuyển tiếp không mã hóa lại.',
    fix: {
      sender: 'Cấu hình ứng dụng thư gửi với cách mã hóa an toàn 7-bit (quoted-printable hoặc base64) rồi gửi lại.',
      admin: 'Bật chuyển đổi 8-bit sang 7-bit trên máy chủ chuyển tiếp, hoặc làm cho chặng tiếp theo hỗ trợ 8BITMIME.',
    },
  },
  'X.6.4': {
    title: 'Đã chuyển đổi và bị mất dữ liệu',
    summary: 'Thư đã được chuyển phát, nhưng một lần chuyển đổi trên đường đi đã làm mất một phần dữ liệu.',
    description:
      'Một cảnh báo rằng việc chuyển phát đã thành công nhưng cần một lần chuyển đổi làm mất một phần dữ liệu. Nó cũng có thể là lỗi vĩnh viễn nếu người gửi đã nói rằng thư này cấm chuyển đổi gây mất dữ liệu.',
    whenSeen:
      'Trong một thông báo thành công hoặc chuyển tiếp (2.6.4) từ một cổng nối đã phải bỏ hoặc làm phẳng một phần nội dung, hoặc một thư báo lỗi (5.6.4) khi người gửi đã cấm sự mất mát đó.',
    fix: {
      sender: 'Hỏi người nhận xem những phần quan trọng đã đến chưa; nếu chưa, gửi những phần đó ở định dạng đơn giản hơn.',
      admin: 'Tìm cổng nối nào đã chuyển đổi thư và nội dung nào nó không chuyển được.',
    },
  },
  'X.6.5': {
    title: 'Chuyển đổi thất bại',
    summary: 'Đã thử một lần chuyển đổi nội dung cần thiết nhưng không thành công.',
    description: 'Cần một lần chuyển đổi nhưng nó đã không thành công. Có thể dùng như thông báo vĩnh viễn hoặc tạm thời kéo dài.',
    whenSeen:
      'Trong thư báo lỗi hoặc thông báo chậm trễ khi một cổng nối hoặc máy chủ chuyển tiếp cố mã hóa lại nội dung (bảng mã, 8-bit sang 7-bit, đổi định dạng) và thất bại, thường với MIME sai định dạng.',
    fix: {
      sender: 'Gửi lại thư bằng một ứng dụng thư tiêu chuẩn với nội dung hoặc tệp đính kèm đơn giản hơn.',
      admin: 'Xem nhật ký của bộ chuyển đổi hoặc cổng nối để tìm phần thư bị lỗi.',
    },
  },
  'X.6.6': {
    title: 'Nội dung thư không khả dụng',
    summary: 'Máy chủ không lấy được nội dung thư từ hệ thống ở xa mà nó được chỉ đến.',
    description:
      'Không thể lấy nội dung thư từ một hệ thống ở xa. Mã này thuộc phần mở rộng BURL, trong đó máy chủ gửi thư (submission) lấy thư từ một URL IMAP thay vì nhận nó qua DATA, và có thể là lỗi vĩnh viễn hoặc tạm thời kéo dài.',
    whenSeen:
      'Khi trả lời lệnh BURL trên máy chủ gửi thư lúc URL IMAP không phân giải được: máy chủ IMAP không truy cập được, URL đã hết hạn hoặc bị thu hồi, hoặc thư đã bị xóa.',
    fix: {
      sender: 'Gửi lại thư; nếu vẫn thất bại, hãy báo cho nhà cung cấp, vì lỗi nằm giữa máy chủ gửi thư và máy chủ IMAP của họ.',
      admin: 'Kiểm tra máy chủ gửi thư có kết nối được đến máy chủ IMAP và các URL được URLAUTH ủy quyền có được chấp nhận và chưa hết hạn không.',
    },
  },
  'X.6.7': {
    title: 'Không cho phép địa chỉ không phải ASCII đối với người gửi/người nhận đó',
    summary: 'Một lệnh MAIL hoặc RCPT mang một địa chỉ không phải ASCII không được phép ở đó.',
    description:
      'Được gửi để trả lời MAIL hoặc RCPT khi một địa chỉ không phải ASCII (quốc tế hóa) không được phép, ví dụ vì máy khách không dùng phần mở rộng SMTPUTF8 hoặc máy chủ không nhận những địa chỉ như vậy.',
    whenSeen:
      'Sau MAIL FROM hoặc RCPT TO với một địa chỉ như "用户@例子.广告" hoặc "josé@example.com", dưới dạng "553 5.6.7" hoặc "550 5.6.7", khi giao dịch không có SMTPUTF8 hoặc máy chủ không cung cấp nó.',
    fix: {
      sender: 'Dùng địa chỉ ASCII của người nhận nếu họ có, hoặc gửi qua một nhà cung cấp hỗ trợ email quốc tế hóa (SMTPUTF8).',
      admin: 'Kiểm tra cả hai bên đều quảng bá và dùng SMTPUTF8 trong EHLO và trên MAIL FROM, hoặc cung cấp bí danh ASCII cho các hộp thư.',
    },
  },
  'X.6.8': {
    title: 'Cần phản hồi dạng chuỗi UTF-8, nhưng máy khách SMTP không cho phép',
    summary: 'Máy chủ cần dùng UTF-8 trong phản hồi để hiển thị tên hộp thư, nhưng máy khách không cho phép phản hồi UTF-8.',
    description:
      'Cần một phản hồi chứa chuỗi UTF-8 để hiển thị tên hộp thư, nhưng máy khách SMTP chưa cho phép dạng phản hồi đó (nó không yêu cầu SMTPUTF8).',
    whenSeen:
      'Trong các phản hồi cho VRFY hoặc EXPN (hoặc RCPT) đối với một hộp thư có tên không phải ASCII, khi máy khách không yêu cầu phản hồi UTF-8.',
    fix: {
      sender: 'Dùng một ứng dụng hỗ trợ SMTPUTF8, hoặc dạng ASCII của địa chỉ.',
      admin: 'Bật SMTPUTF8 trên máy khách và gửi VRFY/EXPN kèm tham số SMTPUTF8.',
    },
  },
  'X.6.9': {
    title: 'Thư có header UTF-8 không thể chuyển đến một hoặc nhiều người nhận, nên thư phải bị từ chối',
    summary: 'Một thư có trường header UTF-8 không thể chuyển tiếp đến một người nhận nào đó, nên đã bị từ chối sau phần dữ liệu.',
    description:
      'Giao dịch thất bại sau dấu "." cuối cùng của lệnh DATA: một thư có trường header quốc tế hóa (UTF-8) không thể được chuyển đến một hoặc nhiều người nhận.',
    whenSeen:
      'Sau khi kết thúc dữ liệu (hoặc khối BDAT cuối cùng) khi một thư có header UTF-8 phải đi đến một chặng tiếp theo không hỗ trợ SMTPUTF8 và không thể hạ cấp (downgrade).',
    fix: {
      sender: 'Gửi với địa chỉ và tiêu đề chỉ dùng ASCII, hoặc hỏi người nhận một địa chỉ ở nhà cung cấp hỗ trợ email quốc tế hóa.',
      admin:
        'Kiểm tra chặng tiếp theo có quảng bá SMTPUTF8 không, và máy chủ chuyển tiếp của bạn có thể hạ cấp hay nên từ chối những thư như vậy sớm hơn.',
    },
  },
  'X.6.10': {
    title: 'Bản trùng lặp đã lỗi thời của X.6.8',
    summary: 'Một bản trùng lặp đã lỗi thời của X.6.8 (cần phản hồi dạng chuỗi UTF-8 nhưng máy khách không cho phép).',
    description: 'RFC 6531 đăng ký mã này chỉ để đánh dấu nó là bản trùng lặp của X.6.8; nó đã lỗi thời, nên máy chủ nên gửi X.6.8 thay thế.',
    whenSeen:
      'Hiếm gặp, từ những phần mềm đã dùng con số này cho tình trạng của X.6.8: một phản hồi cần UTF-8 để hiển thị tên hộp thư cho một máy khách không cho phép phản hồi UTF-8.',
    fix: {
      sender: 'Xử lý nó như X.6.8: dùng một ứng dụng hỗ trợ SMTPUTF8, hoặc dạng ASCII của địa chỉ.',
      admin: 'Nếu máy chủ của bạn gửi mã này, hãy chuyển sang X.6.8; nếu không, hãy xử lý nó giống hệt X.6.8.',
    },
  },
  'X.7.0': {
    title: 'Trạng thái bảo mật khác hoặc không xác định',
    summary: 'Một vấn đề về bảo mật hoặc chính sách đã chặn lệnh hoặc thư, và máy chủ không nêu lý do cụ thể hơn.',
    description:
      'Một điều gì đó liên quan đến bảo mật đã gây ra lời từ chối và không có mã chi tiết X.7 nào cụ thể hơn phù hợp, hoặc máy chủ chọn không nói thêm vì chính sách bảo mật của nó. RFC 4954 ghép nó với các phản hồi AUTH: 235 2.7.0 cho thành công, 454 4.7.0 cho lỗi xác thực tạm thời và 530 5.7.0 cho "authentication required" (yêu cầu xác thực).',
    whenSeen:
      'Thường gặp nhất là 530 5.7.0 sau MAIL FROM khi máy chủ yêu cầu AUTH hoặc STARTTLS trước, 454 4.7.0 khi STARTTLS hoặc AUTH thất bại vì một lý do tạm thời trên máy chủ, và 235 2.7.0 sau một lần AUTH thành công.',
    fix: {
      sender:
        'Đọc nội dung phản hồi để biết yêu cầu thực sự: thường bạn phải chạy STARTTLS và đăng nhập (AUTH) trước khi gửi, hoặc thử lại sau nếu gặp 4.7.0.',
      admin:
        'Kiểm tra nhật ký máy chủ để xem chính sách nào đã kích hoạt (bắt buộc TLS, bắt buộc xác thực, sự cố chứng chỉ hoặc khóa TLS) và làm cho nội dung phản hồi nêu rõ nó.',
    },
  },
  'X.7.1': {
    title: 'Không được phép chuyển phát, thư bị từ chối',
    summary: 'Máy chủ nhận từ chối thư vì người gửi không được phép gửi đến đích này.',
    description:
      'Người gửi không được phép gửi đến đích, do kết quả của việc lọc theo máy hoặc theo người nhận. Đây là mã chung cho "bị từ chối theo chính sách", dùng cho các trường hợp từ chối chuyển tiếp, người gửi nằm trong danh sách chặn, thư rác và từ chối theo chính sách nội dung.',
    whenSeen:
      'Sau RCPT TO khi máy chủ không chuyển tiếp cho bạn (ví dụ "554 5.7.1 Relay access denied" với một máy khách chưa xác thực) hoặc người nhận từ chối người gửi của bạn, và sau khi kết thúc DATA khi các bộ lọc thư rác, nội dung hoặc kiểm tra uy tín người gửi từ chối thư.',
    fix: {
      sender:
        'Đọc nội dung phản hồi để biết chính sách được nêu; nếu nó nói việc chuyển tiếp bị từ chối, hãy đăng nhập vào máy chủ gửi thư (submission) của chính nhà cung cấp bạn thay vì gửi thẳng đến máy chủ của người nhận.',
      admin:
        'Kiểm tra IP và tên miền của bạn trên các danh sách chặn hoặc dịch vụ uy tín được nêu trong phản hồi, sửa SPF, DKIM và DMARC cho tên miền gửi, và liên hệ postmaster bên nhận nếu lệnh chặn vẫn tiếp diễn.',
    },
    retryNote:
      'Một lỗi 5.7.1 sẽ lại bị từ chối nếu cùng thư đó được gửi lại từ cùng máy, nên phải có điều gì đó thay đổi trước; 4.7.1 là lời từ chối tạm thời theo chính sách mà máy chủ gửi sẽ tự thử lại.',
  },
  'X.7.2': {
    title: 'Cấm mở rộng danh sách thư',
    summary: 'Người gửi không được phép gửi đến danh sách thư này.',
    description: 'Người gửi không được phép gửi thư đến danh sách thư dự định. RFC 3463 chỉ định nghĩa nó là lỗi vĩnh viễn.',
    whenSeen:
      'Khi gửi bài đến một danh sách chỉ nhận thư từ thành viên hoặc từ người gửi đã được duyệt, được báo tại RCPT TO hoặc sau khi máy chủ danh sách nhận thư.',
    fix: {
      sender: 'Đăng ký vào danh sách hoặc gửi từ địa chỉ bạn đã đăng ký, hoặc đề nghị chủ danh sách cho phép bạn gửi bài.',
      admin: 'Kiểm tra chính sách gửi bài của danh sách (chỉ thành viên, có kiểm duyệt, người gửi được phép) và thêm người gửi nếu họ nên được phép.',
    },
  },
  'X.7.3': {
    title: 'Cần chuyển đổi bảo mật nhưng không thể thực hiện',
    summary: 'Việc chuyển phát cần chuyển đổi từ một giao thức nhắn tin bảo mật sang giao thức khác, và việc chuyển đổi đó không thể thực hiện.',
    description:
      'Cần chuyển đổi từ một giao thức nhắn tin bảo mật sang giao thức khác để chuyển phát và việc đó không làm được. RFC 3463 chỉ định nghĩa nó là lỗi vĩnh viễn.',
    whenSeen:
      'Hiếm gặp trên Internet công cộng: thấy ở các cổng nối giữa những hệ thống nhắn tin bảo mật không thể chuyển một thư đã ký hoặc đã mã hóa sang định dạng mà chặng tiếp theo cần.',
    fix: {
      sender: 'Gửi thư ở định dạng bảo mật mà hệ thống của người nhận hỗ trợ, hoặc không có lớp bảo vệ đó nếu chính sách cho phép.',
      admin: 'Kiểm tra cổng nối có thể chuyển đổi giữa những định dạng nhắn tin bảo mật nào và người nhận này có cần một đường đi khác không.',
    },
  },
  'X.7.4': {
    title: 'Tính năng bảo mật không được hỗ trợ',
    summary: 'Thư dùng những tính năng bảo mật mà giao thức chuyển phát không hỗ trợ được.',
    description:
      'Một thư chứa tính năng bảo mật, như xác thực an toàn, mà giao thức chuyển phát không hỗ trợ được. RFC 3463 chỉ định nghĩa nó là lỗi vĩnh viễn.',
    whenSeen:
      'Khi một thư hoặc lệnh yêu cầu một tính năng bảo mật mà chặng tiếp theo hoặc máy chủ không triển khai, ví dụ một cơ chế xác thực hoặc bảo mật mà nó không cung cấp.',
    fix: {
      sender: 'Gửi mà không kèm tính năng bảo mật không được hỗ trợ, hoặc qua một máy chủ có hỗ trợ nó.',
      admin: 'Kiểm tra máy chủ quảng bá những tính năng và cơ chế bảo mật nào trong phản hồi EHLO và có nên bật cái được yêu cầu không.',
    },
  },
  'X.7.5': {
    title: 'Lỗi mật mã',
    summary: 'Một hệ thống được phép xác minh hoặc giải mã thư đã không làm được, vì thiếu khóa cần thiết hoặc khóa không hợp lệ.',
    description:
      'Một hệ thống truyền tải vốn được phép xác minh hoặc giải mã thư trong quá trình truyền đã không làm được vì thông tin cần thiết, như một khóa, không có sẵn hoặc không hợp lệ.',
    whenSeen:
      'Từ các cổng nối xác minh chữ ký hoặc giải mã thư trên đường truyền (ví dụ cổng nối S/MIME hoặc PGP) khi chứng chỉ hoặc khóa của người gửi hoặc người nhận bị thiếu, hết hạn hoặc sai.',
    fix: {
      sender: 'Kiểm tra bạn đã ký hoặc mã hóa bằng đúng chứng chỉ hoặc khóa hiện hành cho người nhận này.',
      admin: 'Kiểm tra kho khóa và chứng chỉ của cổng nối cho người gửi và người nhận, kể cả thời hạn và tình trạng thu hồi.',
    },
  },
  'X.7.6': {
    title: 'Thuật toán mật mã không được hỗ trợ',
    summary: 'Một hệ thống được phép xác minh hoặc giải mã thư đã không làm được, vì nó không hỗ trợ thuật toán được dùng.',
    description: 'Một hệ thống truyền tải vốn được phép xác minh hoặc giải mã thư đã không làm được vì thuật toán cần thiết không được hỗ trợ.',
    whenSeen: 'Từ các cổng nối ký hoặc mã hóa khi thư được ký hoặc mã hóa bằng một thuật toán mà cổng nối không triển khai hoặc không còn cho phép.',
    fix: {
      sender: 'Ký hoặc mã hóa bằng một thuật toán mà hệ thống của người nhận hỗ trợ, hoặc gửi không có lớp bảo vệ đó nếu chính sách cho phép.',
      admin: 'Kiểm tra cổng nối chấp nhận những thuật toán chữ ký và mã hóa nào và có nên bật thuật toán đã dùng không.',
    },
  },
  'X.7.7': {
    title: 'Lỗi toàn vẹn thư',
    summary: 'Một hệ thống được phép xác minh thư đã không làm được, vì thư đã bị hỏng hoặc bị thay đổi.',
    description:
      'Một hệ thống truyền tải vốn được phép xác minh thư đã không làm được vì thư đã bị hỏng hoặc bị thay đổi. RFC 3463 cho phép dùng nó như mã lỗi vĩnh viễn, lỗi tạm thời kéo dài hoặc mã thành công.',
    whenSeen:
      'Từ các cổng nối kiểm tra chữ ký trên đường truyền khi thân thư hoặc các header đã ký bị thay đổi sau khi ký, ví dụ qua một máy chủ chuyển tiếp hoặc danh sách thư đã viết lại nội dung.',
    fix: {
      sender: 'Gửi lại thư mà không chỉnh sửa nó sau khi ký, và tránh những đường đi viết lại nội dung đã ký.',
      admin: 'Tìm chặng nào thay đổi thư (chân thư, đổi cách mã hóa, viết lại header) và ngăn nó thay đổi nội dung đã ký.',
    },
  },
  'X.7.8': {
    title: 'Thông tin xác thực không hợp lệ',
    summary: 'Xác thực thất bại vì thông tin xác thực được cung cấp không hợp lệ hoặc không đủ.',
    description:
      'Được gửi kèm 535 để trả lời AUTH khi thông tin xác thực không hợp lệ hoặc không đủ cho cơ chế. Máy khách nên yêu cầu người dùng nhập thông tin xác thực mới.',
    whenSeen: 'Ở cuối một trao đổi AUTH mà máy chủ không chấp nhận tên người dùng, mật khẩu hoặc token.',
    fix: {
      sender: 'Sửa tên người dùng và mật khẩu (hoặc làm mới mật khẩu ứng dụng hay token OAuth) rồi xác thực lại.',
      admin: 'Kiểm tra tài khoản trong hệ thống xác thực phía sau và nhật ký của lần thử thất bại.',
    },
  },
  'X.7.9': {
    title: 'Cơ chế xác thực quá yếu',
    summary: 'Máy chủ từ chối cơ chế AUTH được chọn vì nó yếu hơn mức chính sách cho phép với người dùng này.',
    description:
      'Một phản hồi cho AUTH cho biết cơ chế xác thực được chọn yếu hơn mức chính sách máy chủ cho phép với người dùng đó. Máy khách nên thử lại với một cơ chế khác, mạnh hơn.',
    whenSeen:
      'Dưới dạng 534 5.7.9 sau AUTH, thường khi máy khách thử PLAIN hoặc LOGIN (hoặc đăng nhập bằng mật khẩu nói chung) trên một tài khoản hoặc máy chủ yêu cầu cơ chế mạnh hơn như OAuth.',
    fix: {
      sender:
        'Chuyển ứng dụng thư sang một phương thức xác thực mạnh hơn mà máy chủ cung cấp (ví dụ OAuth, hoặc mật khẩu ứng dụng nếu nhà cung cấp yêu cầu).',
      admin: 'Kiểm tra tài khoản được phép dùng những cơ chế nào và chỉ quảng bá những cơ chế đó trong dòng AUTH của EHLO.',
    },
  },
  'X.7.10': {
    title: 'Cần mã hóa',
    summary: 'Máy chủ yêu cầu một kết nối đã mã hóa, như TLS, trước khi chấp nhận cơ chế xác thực này.',
    description:
      'Cần một lớp bảo mật riêng tư mạnh từ bên ngoài để dùng cơ chế xác thực được yêu cầu, chủ yếu với các cơ chế gửi văn bản thuần. Máy khách có thể bắt đầu một lớp bảo mật như TLS trước khi xác thực, hoặc dùng một cơ chế mạnh hơn.',
    whenSeen: 'Sau AUTH PLAIN hoặc AUTH LOGIN trên một kết nối chưa chạy STARTTLS, thường với phản hồi 5xx (sổ đăng ký nêu mã không chuẩn 523).',
    fix: {
      sender: 'Bật STARTTLS hoặc TLS ngầm định trong thiết lập máy chủ của ứng dụng thư trước khi đăng nhập.',
      admin: 'Kiểm tra STARTTLS được cung cấp và hoạt động, và cân nhắc không quảng bá các cơ chế văn bản thuần trước khi TLS được kích hoạt.',
    },
  },
  'X.7.11': {
    title: 'Cơ chế xác thực được yêu cầu đòi hỏi mã hóa',
    summary: 'Cơ chế AUTH được chọn chỉ được dùng khi kết nối SMTP đã được mã hóa.',
    description:
      'Một phản hồi cho AUTH cho biết cơ chế được chọn chỉ được dùng khi kết nối SMTP bên dưới đã được mã hóa. RFC 4954 giữ nó vì mục đích lịch sử: máy chủ không nên quảng bá những cơ chế như vậy cho đến khi lớp mã hóa được kích hoạt.',
    whenSeen: 'Dưới dạng 538 5.7.11 sau AUTH trên một kết nối không mã hóa, từ những máy chủ vẫn quảng bá các cơ chế dùng mật khẩu trước STARTTLS.',
    fix: {
      sender: 'Bật STARTTLS hoặc TLS ngầm định trong thiết lập của ứng dụng và đăng nhập lại.',
      admin: 'Chỉ quảng bá các cơ chế dùng mật khẩu sau khi STARTTLS đã thành công, như RFC 4954 khuyến nghị.',
    },
  },
  'X.7.12': {
    title: 'Cần chuyển đổi mật khẩu',
    summary: 'Người dùng phải chuyển sang cơ chế AUTH đã chọn, thường bằng cách đăng nhập một lần bằng PLAIN.',
    description:
      'Một phản hồi cho AUTH cho biết người dùng cần chuyển sang cơ chế xác thực đã chọn, thường bằng cách xác thực một lần bằng PLAIN. Sau đó cơ chế đã chọn sẽ hoạt động trong các phiên sau.',
    whenSeen:
      'Dưới dạng 432 4.7.12 sau AUTH với một cơ chế thử thách–phản hồi khi máy chủ chưa có dạng thông tin xác thực mà cơ chế đó cần cho người dùng này.',
    fix: {
      sender: 'Đăng nhập một lần bằng PLAIN qua kết nối đã mã hóa, rồi thử lại cơ chế bạn muốn dùng.',
      admin:
        'Kiểm tra kho mật khẩu có thể tạo ra các bí mật mà cơ chế cần không, hoặc cho người dùng chuyển đổi bằng một lần đăng nhập PLAIN qua TLS.',
    },
  },
  'X.7.13': {
    title: 'Tài khoản người dùng bị vô hiệu hóa',
    summary: 'Đăng nhập đã thành công, nhưng tài khoản bị vô hiệu hóa, nên người dùng phải liên hệ quản trị viên.',
    description:
      'Được gửi sau một lần xác thực thành công vào một tài khoản mà quản trị viên đã vô hiệu hóa (ví dụ do chưa thanh toán, lạm dụng hoặc nghi bị xâm nhập). Lỗi này là vĩnh viễn cho đến khi tài khoản được bật lại, khác với mật khẩu sai mà người dùng chỉ cần gõ lại.',
    whenSeen: 'Sau khi AUTH thành công cho một tài khoản bị đình chỉ hoặc bị khóa, thường với phản hồi 5xx (sổ đăng ký nêu mã không chuẩn 525).',
    fix: {
      sender: 'Đừng gõ lại mật khẩu: hãy liên hệ nhà cung cấp dịch vụ thư hoặc quản trị viên để bật lại tài khoản.',
      admin:
        'Kiểm tra vì sao tài khoản bị vô hiệu hóa (thanh toán, lạm dụng, bị xâm nhập) và bật lại khi đã giải quyết, đặt lại thông tin xác thực nếu nó đã bị xâm nhập.',
    },
  },
  'X.7.14': {
    title: 'Cần quan hệ tin cậy',
    summary: 'Máy chủ gửi thư (submission) cần một quan hệ tin cậy đã được cấu hình với một máy chủ bên thứ ba để lấy nội dung thư.',
    description:
      'Máy chủ gửi thư yêu cầu một quan hệ tin cậy đã được cấu hình với một máy chủ bên thứ ba (như máy chủ IMAP đang giữ thư) để truy cập nội dung thư. Nó thay cho cách dùng X.7.8 trước đây cho trường hợp này trong việc gửi thư bằng BURL (RFC 4468).',
    whenSeen: 'Sau một lệnh BURL (RFC 4468) khi máy chủ gửi thư không được máy chủ IMAP nêu trong URL tin cậy và không thể lấy thư.',
    fix: {
      sender: 'Gửi trực tiếp nội dung thư bằng DATA thay vì BURL, hoặc dùng một máy chủ gửi thư mà máy chủ IMAP của bạn tin cậy.',
      admin: 'Cấu hình quan hệ tin cậy giữa máy chủ gửi thư và máy chủ IMAP (quyền URLAUTH cho người dùng gửi) để việc lấy thư bằng BURL thành công.',
    },
  },
  'X.7.15': {
    title: 'Mức độ ưu tiên quá thấp',
    summary: 'Độ ưu tiên của thư được yêu cầu bằng MT-PRIORITY thấp hơn mức thấp nhất mà máy chủ hiện chấp nhận.',
    description:
      'Mức độ ưu tiên được chỉ định thấp hơn mức thấp nhất mà máy chủ nhận chấp nhận. Tình trạng này có thể chỉ là tạm thời, ví dụ trong lúc máy chủ chỉ nhận thư có độ ưu tiên cao hơn.',
    whenSeen: 'Sau MAIL FROM có tham số MT-PRIORITY (RFC 6710), ví dụ 450 4.7.15 trong lúc một máy chủ đang chịu tải chỉ nhận thư có độ ưu tiên cao.',
    fix: {
      sender: 'Thử lại sau, hoặc gửi với độ ưu tiên cao hơn nếu bạn được phép.',
      admin: 'Kiểm tra mức ưu tiên tối thiểu mà máy chủ chấp nhận và nó có đang ở một chế độ hạn chế lẽ ra phải kết thúc không.',
    },
  },
  'X.7.16': {
    title: 'Thư quá lớn so với độ ưu tiên được chỉ định',
    summary: 'Thư lớn hơn mức máy chủ chấp nhận ở độ ưu tiên được yêu cầu bằng MT-PRIORITY.',
    description:
      'Thư quá lớn so với độ ưu tiên được chỉ định. Tình trạng này có thể chỉ là tạm thời, ví dụ trong lúc máy chủ chỉ nhận thư có độ ưu tiên cao hơn và dưới một kích thước nhất định.',
    whenSeen: 'Sau MAIL FROM có MT-PRIORITY và khai báo SIZE, hoặc sau khi kết thúc DATA, khi vượt giới hạn kích thước cho độ ưu tiên đó.',
    fix: {
      sender: 'Gửi một thư nhỏ hơn (gửi liên kết đến tệp lớn thay vì đính kèm), hoặc dùng một độ ưu tiên có giới hạn kích thước phù hợp.',
      admin: 'Kiểm tra giới hạn kích thước theo từng độ ưu tiên và có đang áp dụng một chế độ hạn chế tạm thời nào không.',
    },
  },
  'X.7.17': {
    title: 'Chủ sở hữu hộp thư đã thay đổi',
    summary: 'Hộp thư người nhận đã đổi chủ kể từ thời điểm người gửi yêu cầu bằng RRVS, nên thư bị từ chối.',
    description:
      'Được trả về khi một thư mang trường header Require-Recipient-Valid-Since hoặc phần mở rộng RRVS và hệ thống nhận có thể xác định rằng hộp thư không thuộc quyền sở hữu liên tục kể từ thời điểm đã cho. Nó ngăn thư đến tay chủ mới của một địa chỉ đã được tái sử dụng.',
    whenSeen:
      'Sau RCPT TO có tham số RRVS, hoặc khi chuyển phát một thư có header Require-Recipient-Valid-Since, khi địa chỉ đã bị đóng và sau đó được cấp lại cho người khác.',
    fix: {
      sender: 'Xác nhận địa chỉ hiện tại của người nhận qua kênh khác trước khi gửi lại thư nhạy cảm đến đó.',
      admin: 'Xóa hoặc xác minh lại địa chỉ trong danh sách gửi hoặc cơ sở dữ liệu tài khoản, vì giờ nó thuộc về người khác.',
    },
  },
  'X.7.18': {
    title: 'Chủ sở hữu tên miền đã thay đổi',
    summary: 'Tên miền của người nhận đã đổi chủ kể từ thời điểm người gửi yêu cầu bằng RRVS, nên thư bị từ chối.',
    description:
      'Được trả về khi một thư mang trường header Require-Recipient-Valid-Since hoặc phần mở rộng RRVS và hệ thống nhận chọn tiết lộ rằng chủ sở hữu tên miền của người nhận đã thay đổi kể từ thời điểm đã cho.',
    whenSeen:
      'Sau RCPT TO có tham số RRVS, hoặc khi chuyển phát một thư có header Require-Recipient-Valid-Since, khi tên miền của người nhận đã được chuyển cho chủ mới.',
    fix: {
      sender: 'Xác nhận cách liên hệ người nhận hiện nay, vì tên miền cũ của họ đã thuộc về người khác.',
      admin: 'Cập nhật hoặc xóa các địa chỉ thuộc tên miền đó trong cơ sở dữ liệu tài khoản hoặc danh sách của bạn.',
    },
  },
  'X.7.19': {
    title: 'Không thể hoàn tất kiểm tra RRVS',
    summary: 'Máy chủ không thể kiểm tra mốc thời gian RRVS vì nó không ghi lại thời điểm hộp thư được tạo hoặc được cấp.',
    description:
      'Được trả về khi một thư mang trường header Require-Recipient-Valid-Since hoặc phần mở rộng RRVS và hệ thống nhận không thể hoàn tất việc kiểm tra vì nó không ghi lại mốc thời gian cần thiết. Người gửi quyết định có gửi lại mà không có sự bảo vệ của RRVS hay không.',
    whenSeen:
      'Sau RCPT TO có tham số RRVS, hoặc khi chuyển phát một thư có header Require-Recipient-Valid-Since, trên một hệ thống không có ngày sở hữu cho hộp thư đó.',
    fix: {
      sender: 'Quyết định xem thư có thể đi mà không cần kiểm tra quyền sở hữu không; nếu có, hãy gửi lại mà không dùng RRVS.',
      admin: 'Ghi lại ngày tạo hoặc ngày sở hữu hộp thư nếu bạn muốn đáp ứng các kiểm tra RRVS.',
    },
  },
  'X.7.20': {
    title: 'Không tìm thấy chữ ký DKIM hợp lệ',
    summary: 'Thư bị từ chối vì nó không mang chữ ký DKIM nào xác minh được.',
    description:
      'Được trả về khi một thư không chứa chữ ký DKIM nào vượt qua kiểm tra và chính sách cục bộ yêu cầu phải có. RFC 7372 lưu ý rằng từ chối vì lý do này đi ngược lại khuyến nghị của RFC 6376 §6.1.',
    whenSeen:
      'Sau khi kết thúc DATA, khi thư không được ký hoặc mọi chữ ký DKIM đều không xác minh được (khóa công khai trong DNS sai hoặc thiếu, thân thư bị thay đổi trên đường đi, ví dụ do thêm chân thư).',
    fix: {
      sender: 'Gửi qua máy chủ thư thông thường của tổ chức bạn để thư được ký DKIM.',
      admin:
        'Ký thư đi bằng DKIM, kiểm tra bản ghi khóa công khai của selector trong DNS khớp với khóa ký, và đảm bảo không có gì sửa đổi thư sau khi ký.',
    },
  },
  'X.7.21': {
    title: 'Không tìm thấy chữ ký DKIM được chấp nhận',
    summary: 'Thư có chữ ký DKIM xác minh được, nhưng không chữ ký nào được bên nhận chấp nhận theo chính sách của mình.',
    description:
      'Được trả về khi một thư chứa một hoặc nhiều chữ ký DKIM hợp lệ nhưng không chữ ký nào được bên nhận chấp nhận, ví dụ vì tên miền ký hoặc thuật toán. RFC 7372 lưu ý rằng từ chối vì lý do này đi ngược lại khuyến nghị của RFC 6376 §6.1.',
    whenSeen:
      'Sau khi kết thúc DATA, khi các chữ ký hợp lệ duy nhất đến từ những tên miền hoặc dùng những tham số (như khóa yếu) mà chính sách bên nhận không chấp nhận.',
    fix: {
      sender: 'Gửi qua máy chủ thư riêng của tổ chức bạn để thư được ký cho tên miền của bạn.',
      admin:
        'Ký bằng tên miền của chính bạn với khóa và thuật toán hiện hành (ví dụ RSA ít nhất 1024 bit, tốt nhất là 2048), không chỉ bằng tên miền mặc định của nhà cung cấp.',
    },
  },
  'X.7.22': {
    title: 'Không tìm thấy chữ ký DKIM hợp lệ khớp với tác giả',
    summary: 'Thư có chữ ký DKIM hợp lệ, nhưng không chữ ký nào đến từ tên miền trong địa chỉ From.',
    description:
      'Được trả về khi một thư chứa chữ ký DKIM hợp lệ nhưng không chữ ký nào được chấp nhận vì không cái nào có định danh khớp với địa chỉ tác giả trong trường header From. Đây là trường hợp đặc biệt của X.7.21, và RFC 7372 lưu ý rằng từ chối vì lý do này đi ngược lại khuyến nghị của RFC 6376 §6.1.',
    whenSeen:
      'Sau khi kết thúc DATA, thường khi một dịch vụ bên thứ ba (nền tảng bản tin hoặc CRM) ký bằng tên miền riêng của nó trong khi địa chỉ From dùng tên miền của bạn.',
    fix: {
      sender: 'Gửi từ một địa chỉ có tên miền ký thư của bạn, hoặc đề nghị quản trị viên thiết lập việc ký cho nó.',
      admin:
        'Cấu hình ký DKIM với tên miền From trên mọi dịch vụ gửi thư dưới danh nghĩa tên miền của bạn (thường là một bản ghi CNAME hoặc bản ghi khóa do nhà cung cấp đưa).',
    },
  },
  'X.7.23': {
    title: 'Xác thực SPF thất bại',
    summary: 'Địa chỉ IP gửi không được bản ghi SPF của tên miền người gửi cho phép, và chính sách cục bộ từ chối những thư như vậy.',
    description:
      'Được trả về khi kiểm tra SPF trên thư cho kết quả "fail" và chính sách cục bộ từ chối dựa trên kết quả đó. Nó thay cho mã 5.7.1 mà RFC 7208 §8.4 dùng cho lỗi SPF.',
    whenSeen:
      'Sau MAIL FROM, RCPT TO hoặc khi kết thúc DATA, khi thư được gửi từ một máy chủ hoặc dịch vụ không có trong bản ghi SPF của tên miền MAIL FROM (hoặc HELO), hoặc khi việc chuyển tiếp giữ nguyên địa chỉ người gửi gốc.',
    fix: {
      sender: 'Gửi qua máy chủ thư của chính tên miền bạn thay vì của nhà cung cấp khác, hoặc đề nghị quản trị viên cho phép dịch vụ bạn dùng.',
      admin:
        'Thêm mọi máy chủ hoặc dịch vụ gửi hợp lệ vào bản ghi SPF của tên miền (ip4/ip6/include), giữ dưới giới hạn 10 lần tra cứu, và kiểm tra bản ghi bằng một công cụ kiểm tra SPF.',
    },
  },
  'X.7.24': {
    title: 'Lỗi xác thực SPF',
    summary: 'Việc kiểm tra bản ghi SPF của tên miền người gửi kết thúc bằng một lỗi thay vì kết quả đạt hoặc không đạt.',
    description:
      'Được trả về khi việc đánh giá SPF đối với một thư đến cho kết quả lỗi. Nó thay cho 4.4.3 với lỗi tạm thời (RFC 7208 §8.6, gửi kèm 451) và 5.5.2 với lỗi vĩnh viễn như một bản ghi hỏng (§8.7, gửi kèm 550).',
    whenSeen:
      '451 4.7.24 khi việc tra cứu DNS cho SPF hết thời gian chờ (lỗi tạm thời); 550 5.7.24 khi bản ghi SPF không hợp lệ, ví dụ lỗi cú pháp, có hai bản ghi SPF, hoặc hơn 10 lần tra cứu DNS (lỗi vĩnh viễn).',
    fix: {
      sender: 'Lỗi 4.7.24 sẽ được tự động thử lại; với 5.7.24, hãy báo cho quản trị viên tên miền của bạn rằng bản ghi SPF của nó bị hỏng.',
      admin:
        'Sửa bản ghi SPF: một bản ghi TXT duy nhất bắt đầu bằng v=spf1, cú pháp hợp lệ, tối đa 10 thành phần cần truy vấn DNS, và các máy chủ DNS có thẩm quyền trả lời ổn định.',
    },
  },
  'X.7.25': {
    title: 'Xác thực DNS ngược thất bại',
    summary: 'Địa chỉ IP của máy chủ gửi không vượt qua kiểm tra DNS ngược của bên nhận, và chính sách cục bộ từ chối những máy khách như vậy.',
    description:
      'Được trả về khi địa chỉ IP của máy khách SMTP không vượt qua một kiểm tra xác thực DNS ngược mà chính sách cục bộ yêu cầu. Trên thực tế, điều đó có nghĩa là IP không có bản ghi PTR, hoặc tên PTR của nó không phân giải ngược về cùng IP đó.',
    whenSeen:
      'Lúc kết nối hoặc sau EHLO, MAIL FROM hoặc RCPT TO, thường từ một máy chủ tại nhà, trên đám mây hoặc mới lập mà IP không có bản ghi PTR hoặc chỉ có một bản ghi chung chung không khớp với DNS xuôi.',
    fix: {
      sender: 'Gửi qua máy chủ thư của nhà cung cấp thay vì gửi trực tiếp từ máy hoặc mạng này.',
      admin:
        'Đề nghị bên quản lý khối địa chỉ IP (ISP hoặc nhà cung cấp đám mây) đặt bản ghi PTR trỏ đến tên máy chủ thư của bạn, và làm cho tên đó phân giải ngược về cùng IP.',
    },
  },
  'X.7.26': {
    title: 'Nhiều kiểm tra xác thực thất bại',
    summary: 'Thư không vượt qua nhiều hơn một kiểm tra xác thực người gửi, như SPF và DKIM, và chính sách cục bộ từ chối nó.',
    description:
      'Được trả về khi một thư không vượt qua nhiều hơn một kiểm tra xác thực thư, trái với chính sách cục bộ. Mã này cố ý không nói cơ chế nào đã thất bại.',
    whenSeen:
      'Sau khi kết thúc DATA, ví dụ khi cả SPF lẫn DKIM đều thất bại, nên thư không thể được xác thực cho tên miền của nó; các nhà cung cấp hộp thư lớn dùng nó cho thư hàng loạt không được xác thực.',
    fix: {
      sender: 'Gửi qua máy chủ thư của chính tên miền bạn hoặc một dịch vụ gửi được cho phép, thay vì một dịch vụ chưa được cấu hình.',
      admin:
        'Thiết lập cả SPF lẫn DKIM cho tên miền gửi trên mọi hệ thống gửi dưới danh nghĩa nó, khớp (aligned) với tên miền From, và kiểm tra kết quả trong các header ở bên nhận hoặc trong báo cáo DMARC.',
    },
  },
  'X.7.27': {
    title: 'Địa chỉ người gửi có null MX',
    summary: 'Tên miền của người gửi công bố null MX cho biết nó không nhận thư, nên bên nhận từ chối thư từ tên miền đó.',
    description:
      'Được trả về khi tên miền của địa chỉ người gửi có bản ghi null MX (RFC 7505) và bên nhận được cấu hình để từ chối thư từ những người gửi như vậy, ví dụ vì nó không thể gửi lại thông báo trạng thái chuyển phát cho họ.',
    whenSeen:
      'Sau MAIL FROM (hoặc RCPT TO) khi tên miền của người gửi trong phong bì công bố null MX ("MX 0 ."), thường là một tên miền bị cấu hình sai: có gửi thư nhưng lại được thiết lập là không nhận thư.',
    fix: {
      sender: 'Gửi từ một địa chỉ có tên miền nhận được thư, kể cả thư báo lỗi.',
      admin: 'Nếu tên miền có gửi thư, hãy xóa bản ghi null MX và công bố các bản ghi MX thật để thư trả lời và thư báo lỗi đến được.',
    },
  },
  'X.7.28': {
    title: 'Phát hiện tràn ngập thư',
    summary: 'Thư trông như một phần của một đợt tràn ngập các thư lạm dụng tương tự, nên bên nhận từ chối nó.',
    description:
      'Thư có vẻ là một phần của một đợt tràn ngập (mail flood) các thư lạm dụng tương tự. Mã này được đăng ký từ một bản thảo Internet (draft-levine-mailbomb-header), không phải một RFC, nên không có RFC nào định nghĩa thêm về nó.',
    whenSeen:
      'Sau RCPT TO hoặc khi kết thúc DATA khi một người gửi, địa chỉ IP hoặc chiến dịch vượt giới hạn về khối lượng hoặc độ tương tự của bên nhận; một số nhà cung cấp gửi nó dưới dạng 4.7.28 để làm chậm người gửi.',
    fix: {
      sender: 'Giảm tốc độ và ngừng gửi thư lặp lại; với 4.7.28, hãy để hàng đợi thử lại với tốc độ thấp hơn.',
      admin:
        'Kiểm tra xem có tài khoản bị xâm nhập, script chạy lặp hoặc biểu mẫu web bị lạm dụng để gửi thư không, và giới hạn khối lượng thư đi theo từng tên miền người nhận.',
    },
  },
  'X.7.29': {
    title: 'Xác thực ARC thất bại',
    summary: 'Thư không vượt qua kiểm tra Authenticated Received Chain (ARC).',
    description:
      'Có thể được trả về khi một thư không vượt qua kiểm tra ARC (RFC 8617): các header ARC mà những bên trung gian như danh sách thư và dịch vụ chuyển tiếp thêm vào để bảo đảm cho kết quả xác thực ban đầu bị hỏng hoặc không xác minh được.',
    whenSeen:
      'Sau khi kết thúc DATA với thư được chuyển tiếp hoặc thư từ danh sách thư có bộ ARC không hợp lệ, ví dụ bị thay đổi sau khi niêm phong (sealing) hoặc được ký bằng một khóa không tìm thấy trong DNS.',
    fix: {
      sender: 'Gửi trực tiếp cho người nhận thay vì qua dịch vụ chuyển tiếp hoặc danh sách, hoặc đề nghị bên vận hành kiểm tra thiết lập ARC của họ.',
      admin:
        'Nếu bạn vận hành dịch vụ chuyển tiếp hoặc danh sách, hãy kiểm tra việc niêm phong ARC: bản ghi khóa trong DNS, thuật toán ký, và không có gì sửa đổi thư sau khi niêm phong.',
    },
  },
  'X.7.30': {
    title: 'Yêu cầu hỗ trợ REQUIRETLS',
    summary: 'Thư được gửi với REQUIRETLS, và không máy chủ nào ở chặng tiếp theo hỗ trợ nó, nên thư không thể được chuyển tiếp.',
    description:
      'Thư không thể được chuyển tiếp vì nó được nhận kèm yêu cầu REQUIRETLS (RFC 8689) và không máy chủ SMTP nào mà nó cần được chuyển tiếp đến hỗ trợ REQUIRETLS.',
    whenSeen:
      'Trong thư báo lỗi từ một máy chủ chuyển tiếp, hoặc sau MAIL FROM có tham số REQUIRETLS, khi các máy chủ ở chặng tiếp theo không quảng bá REQUIRETLS hoặc không thể kết nối đến qua TLS đã được xác thực.',
    fix: {
      sender:
        'Nếu nội dung có thể đi mà không cần bảo đảm TLS, hãy gửi lại mà không dùng REQUIRETLS; nếu không, hãy chọn cách khác để liên hệ người nhận.',
      admin: 'Với tên miền nhận: quảng bá REQUIRETLS và cung cấp TLS với chứng chỉ hợp lệ (cùng MTA-STS hoặc DANE) trên mọi máy MX.',
    },
  },
}

export const VI: ContentTranslation = { basic, enhanced, pairs, classes }
/** The name index.ts and the API phrase translations import. */
export const VI_CONTENT = VI
