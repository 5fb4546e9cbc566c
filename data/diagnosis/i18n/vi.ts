// The reasons in Vietnamese. Any missing field falls back to English (en.ts).
import type { PartialDiagnosisTexts } from '../types.ts'
import labels from './labels/vi.ts'

export const VI_DIAGNOSIS: PartialDiagnosisTexts = {
  labels,
  notAFailure: { title: 'Không phải lỗi', summary: 'Phản hồi này báo thành công hoặc yêu cầu client tiếp tục; không có gì thất bại.' },
  reasons: {
    'user-unknown': {
      title: 'Địa chỉ không tồn tại',
      summary: 'Máy chủ nhận không có hộp thư nào cho địa chỉ này.',
      steps: [
        'Kiểm tra lỗi chính tả trong địa chỉ (một chữ cái, dấu chấm, tên miền).',
        'Ngừng gửi tới địa chỉ này cho đến khi có người xác nhận nó: gửi lặp lại tới người dùng không tồn tại làm giảm uy tín của bạn.',
        'Nếu địa chỉ từng hoạt động, hãy hỏi người nhận qua kênh khác xem nó có thay đổi không.',
      ],
      provider: 'Xem {name} giải thích phản hồi này: {url}',
    },
    'mailbox-full': {
      title: 'Hộp thư đã đầy',
      summary: 'Người nhận đã dùng hết dung lượng lưu trữ.',
      steps: [
        'Thư của bạn không có vấn đề: người nhận cần giải phóng dung lượng hoặc tăng hạn mức.',
        'Thử lại sau (phản hồi 4xx được gửi lại tự động); báo cho người nhận qua kênh khác nếu cần.',
        'Nếu hộp thư đầy nhiều tuần, hãy coi địa chỉ là bị bỏ.',
      ],
      provider: 'Xem {name} giải thích phản hồi này: {url}',
    },
    'mailbox-disabled': {
      title: 'Hộp thư bị vô hiệu hóa',
      summary: 'Địa chỉ tồn tại nhưng tài khoản bị tạm ngưng, vô hiệu hóa hoặc không hoạt động.',
      steps: [
        'Tạm ngừng gửi tới địa chỉ này: chỉ người nhận hoặc quản trị viên của họ mới kích hoạt lại được.',
        'Nếu bạn quen người nhận, hãy liên hệ họ qua kênh khác.',
      ],
      provider: 'Xem {name} giải thích phản hồi này: {url}',
    },
    'recipient-moved': {
      title: 'Địa chỉ đã thay đổi',
      summary: 'Người nhận không còn nhận thư ở địa chỉ này; máy chủ có thể cho biết địa chỉ mới.',
      steps: ['Cập nhật địa chỉ mới nếu phản hồi có ghi.', 'Ngừng gửi tới địa chỉ cũ.'],
    },
    'domain-not-found': {
      title: 'Tên miền không tồn tại',
      summary: 'Tên miền sau dấu @ không có bản ghi DNS hoặc không có máy chủ thư.',
      steps: [
        'Kiểm tra lỗi chính tả trong tên miền (gmial.com, hotmial.com, thiếu đuôi quốc gia).',
        'Ngừng gửi tới địa chỉ này: tên miền không tồn tại thì không nhận được thư.',
        'Nếu tên miền là của bạn hoặc đối tác, kiểm tra bản ghi MX và A bằng dig hoặc công cụ kiểm tra DNS.',
      ],
    },
    'domain-accepts-no-mail': {
      title: 'Tên miền không nhận thư',
      summary: 'Tên miền tuyên bố không nhận email (bản ghi null MX, hoặc phản hồi 521 / 556).',
      steps: ['Ngừng gửi tới địa chỉ này: chủ tên miền đã tuyên bố không nhận thư.', 'Tìm cách khác để liên hệ người nhận.'],
    },
    'relay-denied': {
      title: 'Từ chối chuyển tiếp',
      summary: 'Máy chủ không phải đích của người nhận này và sẽ không chuyển tiếp thư giúp bạn.',
      steps: [
        'Nếu bạn gửi qua máy chủ của nhà cung cấp, hãy đăng nhập trước (SMTP AUTH, cổng 587) để nó chuyển tiếp cho bạn.',
        'Kiểm tra rằng bạn kết nối tới các máy MX của tên miền người nhận chứ không phải một máy chủ khác.',
        'Nếu bạn quản lý máy chủ nhận và tên miền là của bạn, hãy thêm nó vào danh sách tên miền được nhận thư.',
      ],
    },
    'sender-rejected': {
      title: 'Địa chỉ người gửi bị từ chối',
      summary: 'Địa chỉ người gửi trong phong bì (MAIL FROM) hoặc tên miền của nó bị từ chối.',
      steps: [
        'Gửi từ một địa chỉ có tên miền tồn tại và có bản ghi MX hoặc A.',
        'Kiểm tra địa chỉ người gửi phong bì (Return-Path) mà phần mềm dùng: nó có thể khác địa chỉ From hiển thị.',
        'Nếu bên nhận chặn riêng địa chỉ của bạn, hãy hỏi postmaster của họ lý do.',
      ],
    },
    blocklisted: {
      title: 'Máy chủ gửi nằm trong danh sách chặn',
      summary: 'Địa chỉ IP hoặc tên miền gửi bị liệt kê trong danh sách chặn hoặc có uy tín kém.',
      steps: [
        'Tra địa chỉ IP gửi (có trong phản hồi) trên danh sách chặn được nêu tên.',
        'Tìm và sửa nguyên nhân trước (tài khoản bị chiếm, open relay, danh sách gửi kém), rồi mới yêu cầu gỡ.',
        'Trong lúc chờ gỡ, hãy gửi qua một máy chủ khác có uy tín tốt.',
      ],
      provider: 'Đọc trang dành cho người gửi của {name}: {url}',
      delist: 'Kiểm tra mục liệt kê và yêu cầu gỡ tại {name}: {url}',
    },
    'reverse-dns': {
      title: 'Thiếu hoặc sai DNS ngược',
      summary: 'IP gửi không có bản ghi PTR, tên của nó không phân giải ngược về chính IP đó, hoặc tên HELO sai.',
      steps: [
        'Yêu cầu bên sở hữu địa chỉ IP (nhà cung cấp hosting hoặc ISP) tạo bản ghi PTR trỏ tới tên máy chủ thư của bạn.',
        'Đảm bảo tên đó phân giải xuôi về đúng IP (forward-confirmed reverse DNS).',
        'Cấu hình máy chủ dùng đúng tên đầy đủ đó trong HELO/EHLO.',
      ],
    },
    'sender-authentication': {
      title: 'SPF, DKIM hoặc DMARC thất bại',
      summary: 'Thư không qua được xác thực người gửi: SPF, DKIM hoặc DMARC thất bại hoặc thiếu.',
      steps: [
        'Kiểm tra bản ghi SPF của tên miền gửi có bao gồm máy chủ đã gửi thư này.',
        'Ký thư đi bằng DKIM cho tên miền trong tiêu đề From.',
        'Công bố bản ghi DMARC và đảm bảo SPF hoặc DKIM khớp (aligned) với tên miền From.',
        'Thử gửi tới một hộp thư hiển thị tiêu đề Authentication-Results.',
      ],
      provider: 'Đọc yêu cầu dành cho người gửi của {name}: {url}',
    },
    spam: {
      title: 'Bị coi là thư rác',
      summary: 'Bộ lọc của máy chủ nhận đánh giá thư là thư rác.',
      steps: [
        'Xem những gì kích hoạt bộ lọc: link rút gọn, tiêu đề gây hiểu nhầm, tệp đính kèm, thiếu link hủy đăng ký.',
        'Chỉ gửi cho người đã đăng ký nhận, và loại bỏ địa chỉ bị trả về hoặc khiếu nại.',
        'Đảm bảo thư được xác thực (SPF, DKIM, DMARC).',
      ],
      provider: 'Đọc hướng dẫn cho người gửi của {name}: {url}',
    },
    'content-rejected': {
      title: 'Nội dung vi phạm quy tắc',
      summary: 'Thư bị từ chối vì nội dung: loại tệp đính kèm, một tiêu đề hoặc định dạng thư.',
      steps: [
        'Gỡ hoặc nén các tệp đính kèm bị chặn (tệp thực thi, script, macro) hoặc chia sẻ bằng link.',
        'Kiểm tra tiêu đề do phần mềm thêm vào (tiêu đề trùng hoặc sai cú pháp, LF đơn, dữ liệu 8-bit không có MIME).',
      ],
      provider: 'Xem {name} giải thích phản hồi này: {url}',
    },
    virus: {
      title: 'Phát hiện mã độc',
      summary: 'Máy chủ nhận tìm thấy virus hoặc mã độc trong thư.',
      steps: [
        'Quét máy gửi và tệp đính kèm; đừng gửi lại cùng tệp đó.',
        'Nếu tệp an toàn, hãy chia sẻ theo cách khác (link); trình quét sẽ tiếp tục từ chối nó.',
      ],
    },
    policy: {
      title: 'Bị chính sách bên nhận từ chối',
      summary: 'Một quy tắc của tổ chức nhận đã từ chối thư.',
      steps: [
        'Hỏi người nhận (qua kênh khác) xem tổ chức của họ có nhận thư từ bạn không.',
        'Lời phản hồi thường nêu quy tắc; quản trị viên bên nhận có thể cho phép địa chỉ hoặc tên miền của bạn.',
      ],
      provider: 'Xem {name} giải thích phản hồi này: {url}',
    },
    'rate-limited': {
      title: 'Quá nhiều thư hoặc kết nối',
      summary: 'Máy chủ nhận giới hạn số kết nối, số thư hoặc số người nhận mà nó chấp nhận từ bạn.',
      steps: [
        'Giảm tốc độ: ít kết nối đồng thời hơn và ít thư hơn trên mỗi kết nối.',
        'Để thư bị hoãn gửi lại theo lịch bình thường; đừng thử lại nhanh hơn.',
        'Nếu kéo dài, kiểm tra tỷ lệ khiếu nại và chất lượng danh sách: nhà cung cấp hạn chế người gửi bị khiếu nại.',
      ],
      provider: 'Đọc trang dành cho người gửi của {name}: {url}',
    },
    'message-too-large': {
      title: 'Thư quá lớn',
      summary: 'Thư vượt giới hạn kích thước của máy chủ nhận.',
      steps: ['Gửi tệp đính kèm nhỏ hơn, hoặc chia sẻ tệp lớn bằng link.', 'Lưu ý tệp đính kèm tăng khoảng một phần ba khi mã hóa cho email.'],
    },
    'tls-required': {
      title: 'Cần TLS hoặc TLS thất bại',
      summary: 'Máy chủ yêu cầu kết nối mã hóa (TLS), hoặc quá trình thương lượng TLS thất bại.',
      steps: [
        'Bật STARTTLS (hoặc TLS ngầm định ở cổng 465) trong phần mềm gửi.',
        'Kiểm tra bên gửi hỗ trợ phiên bản TLS và bộ mã hiện hành và tin cậy chứng chỉ của máy chủ.',
      ],
    },
    'auth-failed': {
      title: 'Cần đăng nhập hoặc đăng nhập bị từ chối',
      summary: 'Máy chủ yêu cầu xác thực SMTP, hoặc thông tin đăng nhập bị từ chối.',
      steps: [
        'Kiểm tra tên người dùng và mật khẩu (hoặc mật khẩu ứng dụng) trong phần mềm gửi.',
        'Dùng cổng và cơ chế mà nhà cung cấp hướng dẫn (thường là 587 với STARTTLS).',
        'Một số nhà cung cấp yêu cầu mật khẩu ứng dụng hoặc OAuth thay vì mật khẩu tài khoản.',
      ],
      provider: 'Xem {name} giải thích phản hồi này: {url}',
    },
    expired: {
      title: 'Bỏ cuộc sau nhiều lần thử',
      summary: 'Máy chủ gửi đã thử lại nhiều lần và bỏ cuộc khi thư quá cũ.',
      steps: [
        'Xem vì sao các lần trước bị hoãn (lỗi cuối thường có trong thư báo lỗi hoặc nhật ký).',
        'Kiểm tra máy chủ thư của tên miền nhận có truy cập được không; gửi lại sau nếu chúng từng ngừng hoạt động.',
      ],
    },
    'network-error': {
      title: 'Lỗi mạng hoặc DNS',
      summary: 'Tra cứu DNS thất bại, kết nối hết thời gian chờ hoặc bị từ chối, hoặc thư bị lặp vòng.',
      steps: [
        'Thường là tạm thời: máy chủ gửi tự thử lại.',
        'Nếu kéo dài, kiểm tra bản ghi MX của tên miền nhận và xem máy chủ của họ có nhận kết nối ở cổng 25 không.',
        'Với thư lặp vòng, kiểm tra quy tắc chuyển tiếp và các bản ghi MX trỏ ngược về bên gửi.',
      ],
    },
    'system-error': {
      title: 'Máy chủ nhận gặp lỗi',
      summary: 'Máy chủ nhận bị trục trặc, cấu hình sai hoặc hết dung lượng đĩa.',
      steps: ['Thường là tạm thời: máy chủ gửi tự thử lại.', 'Nếu kéo dài, báo cho quản trị viên bên nhận (qua kênh khác); vấn đề nằm ở phía họ.'],
    },
    'protocol-error': {
      title: 'Lỗi giao thức',
      summary: 'Một lệnh sai cú pháp hoặc sai thứ tự, hoặc thư không tuân thủ RFC 5322.',
      steps: [
        'Kiểm tra phần mềm gửi: nó đã gửi lệnh máy chủ không hiểu hoặc sai thứ tự.',
        'Kiểm tra định dạng thư: ký tự xuống dòng (CRLF), độ dài dòng, cú pháp tiêu đề, Date và Message-ID hợp lệ.',
      ],
    },
    greylisted: {
      title: 'Greylisting: thử lại sau',
      summary: 'Máy chủ cố ý hoãn lần gửi đầu; một lần thử lại bình thường sẽ thành công.',
      steps: [
        'Không cần làm gì: máy chủ thư chuẩn sẽ thử lại sau vài phút và được chấp nhận.',
        'Nếu thử lại vẫn thất bại, kiểm tra rằng bạn thử lại từ cùng địa chỉ IP và cùng người gửi.',
      ],
    },
    unknown: {
      title: 'Không đủ thông tin',
      summary: 'Phản hồi không cho biết vì sao thư thất bại.',
      steps: [
        'Đọc lời của phản hồi để tìm gợi ý, hoặc tra các mã của nó bên dưới.',
        'Hỏi postmaster bên nhận, kèm nguyên văn phản hồi và thời điểm gửi.',
      ],
      provider: 'Xem {name} giải thích các phản hồi của mình: {url}',
    },
  },
  unregisteredWords: {
    descriptionBasic: '{summary} {code} không có trong RFC nào: đây là mã riêng của {usedBy}, và máy chủ khác có thể dùng nó với nghĩa khác.',
    descriptionEnhanced:
      '{summary} {code} không có trong RFC nào và không có trong sổ đăng ký mã trạng thái mở rộng của IANA: đây là mã riêng của {usedBy}, và máy chủ khác có thể dùng nó với nghĩa khác.',
    whenSeen: 'Trong phản hồi từ {usedBy}.',
  },
  unregistered: {
    '422': {
      title: 'Lỗi tạm thời (không chuẩn)',
      summary: 'Một lỗi tạm thời không theo chuẩn; thiết bị Barracuda gửi mã này, ví dụ khi giấy phép của chúng đã hết hạn.',
      usedBy: 'thiết bị Barracuda và một vài bộ lọc khác',
    },
    '510': {
      title: 'Địa chỉ người nhận sai (không chuẩn)',
      summary: 'Một lỗi vĩnh viễn không theo chuẩn mà một số máy chủ dùng cho địa chỉ đích sai, hiểu như 5.1.0.',
      usedBy: 'một số máy chủ và báo cáo bounce, thay cho 550 5.1.x',
    },
    '512': {
      title: 'Tên miền đích sai (không chuẩn)',
      summary: 'Một lỗi vĩnh viễn không theo chuẩn cho tên miền người nhận không tìm thấy, hiểu như 5.1.2.',
      usedBy: 'một số máy chủ và báo cáo bounce, thay cho 550 5.1.2',
    },
    '540': {
      title: 'Tài khoản người nhận không hoạt động (không chuẩn)',
      summary: 'Một lỗi vĩnh viễn không theo chuẩn cho người nhận có tài khoản không hoạt động hoặc bị khóa.',
      usedBy: 'Rambler và một vài nhà cung cấp khác',
    },
    '541': {
      title: 'Bị bộ lọc của người nhận từ chối (không chuẩn)',
      summary: 'Một lỗi vĩnh viễn không theo chuẩn mà bộ lọc chống thư rác gửi khi chúng từ chối một thư.',
      usedBy: 'một số thiết bị chống thư rác',
    },
    '571': {
      title: 'Không được phép gửi (không chuẩn)',
      summary: 'Một lỗi vĩnh viễn không theo chuẩn cho thư bị chính sách từ chối, hiểu như 550 5.7.1.',
      usedBy: 'các dịch vụ SMTP cũ của Microsoft và một số bộ lọc',
    },
    '5.4.14': {
      title: 'Vượt quá số chặng',
      summary: 'Thư đã đi qua quá nhiều máy chủ, thường là một vòng lặp thư giữa các quy tắc chuyển tiếp hoặc bản ghi MX.',
    },
    '5.4.312': {
      title: 'Thư hết hạn, truy vấn DNS thất bại',
      summary: 'Exchange Online đã bỏ thư sau khi các lần tra DNS cho đích đến liên tục thất bại.',
    },
    '5.4.316': {
      title: 'Thư hết hạn, kết nối bị từ chối',
      summary: 'Exchange Online đã bỏ thư sau khi đích đến liên tục từ chối kết nối.',
    },
    '4.4.62': {
      title: 'Gửi nhầm vùng Office 365',
      summary: 'Thư tới một trung tâm dữ liệu Microsoft không phục vụ tenant của người nhận, thường do connector hoặc MX cấu hình sai.',
    },
    '4.7.500': {
      title: 'Máy chủ bận, thử lại sau',
      summary: 'Microsoft đang tạm giới hạn địa chỉ IP gửi, thường vì lưu lượng hoặc uy tín của nó.',
    },
    '5.7.501': {
      title: 'Từ chối truy cập, phát hiện lạm dụng thư rác',
      summary: 'Microsoft đã cấm tài khoản gửi vì gửi thư rác.',
    },
    '5.7.506': {
      title: 'Từ chối truy cập, HELO sai',
      summary: 'Máy chủ gửi đã khai báo một tên không hợp lệ trong HELO/EHLO.',
    },
    '5.7.508': {
      title: 'IP gửi đã vượt giới hạn cho phép',
      summary: 'Địa chỉ IP gửi đã vượt các giới hạn Microsoft cho phép từ dải địa chỉ của nó.',
    },
    '5.7.509': {
      title: 'Tên miền gửi không vượt qua DMARC',
      summary: 'Thư không vượt qua DMARC của tên miền gửi, và chính sách của tên miền đó yêu cầu từ chối.',
    },
    '5.7.510': {
      title: 'Tên miền không nhận email qua IPv6',
      summary: 'Tên miền người nhận chỉ nhận thư qua IPv4, còn thư này đến qua IPv6.',
    },
    '5.7.511': {
      title: 'Từ chối truy cập, người gửi bị cấm',
      summary: 'Microsoft đã cấm địa chỉ IP gửi hoặc người gửi; việc gỡ bỏ phải qua Microsoft.',
    },
    '5.7.512': {
      title: 'Thư phải tuân thủ RFC 5322',
      summary: 'Thư thiếu tiêu đề From hợp lệ (RFC 5322 §3.6.2) hoặc sai định dạng theo cách khác.',
    },
    '5.7.513': {
      title: 'Bị danh sách chặn của người nhận chặn',
      summary: 'Tổ chức người nhận đã chặn địa chỉ IP gửi bằng danh sách chặn của riêng họ.',
    },
    '5.7.515': {
      title: 'Chưa đạt mức xác thực yêu cầu',
      summary: 'Tên miền gửi không đáp ứng yêu cầu xác thực của Outlook.com (SPF, DKIM và DMARC đối với người gửi số lượng lớn).',
    },
    '5.7.606': {
      title: 'Từ chối truy cập, IP gửi bị cấm',
      summary: 'Microsoft đã cấm địa chỉ IP gửi; yêu cầu gỡ bỏ tại sender.office.com.',
    },
    '5.7.700': {
      title: 'Từ chối truy cập, tenant đã vượt ngưỡng',
      summary: 'Tenant Microsoft 365 gửi thư đã bị chặn vì gửi quá nhiều thư hoặc thư rác.',
    },
    '5.7.750': {
      title: 'Client bị chặn gửi từ tên miền chưa đăng ký',
      summary: 'Tenant gửi từ những tên miền mà nó chưa đăng ký (xác minh) trong Microsoft 365.',
    },
  },
}
