// Vietnamese class names and meanings: part of the catalog prose (vi.ts), and small enough for the API phrases
// (api-phrases/<lang>.ts) to import on their own without pulling the whole translation into the Worker's entry.
import type { ContentTranslation } from './types.ts'

export const VI_CLASSES: ContentTranslation['classes'] = {
  'basic-2': {
    name: 'Hoàn tất khẳng định',
    meaning: 'Hành động được yêu cầu đã hoàn tất thành công. Có thể bắt đầu một yêu cầu mới.',
  },
  'basic-3': {
    name: 'Trung gian khẳng định',
    meaning:
      'Lệnh đã được chấp nhận, nhưng hành động được yêu cầu đang tạm hoãn, chờ nhận thêm thông tin. Máy khách nên gửi một lệnh khác cung cấp thông tin này.',
  },
  'basic-4': {
    name: 'Hoàn tất phủ định tạm thời',
    meaning:
      'Lệnh không được chấp nhận và hành động được yêu cầu đã không xảy ra, nhưng tình trạng lỗi chỉ là tạm thời và có thể yêu cầu lại hành động. Máy khách nên thử lại sau.',
  },
  'basic-5': {
    name: 'Hoàn tất phủ định vĩnh viễn',
    meaning:
      'Lệnh không được chấp nhận và hành động được yêu cầu đã không xảy ra. Máy khách không nên lặp lại đúng yêu cầu đó theo cùng trình tự; phải có điều gì đó thay đổi trước.',
  },
  'enhanced-2': {
    name: 'Thành công',
    meaning: 'Hành động đã hoàn tất thành công.',
  },
  'enhanced-4': {
    name: 'Lỗi tạm thời kéo dài',
    meaning: 'Thư như đã gửi là hợp lệ, nhưng một sự kiện tạm thời đang ngăn việc chuyển phát. Gửi lại sau có thể thành công.',
  },
  'enhanced-5': {
    name: 'Lỗi vĩnh viễn',
    meaning: 'Một lỗi khó có thể được giải quyết bằng cách gửi lại thư ở dạng hiện tại. Phải có điều gì đó ở thư hoặc ở nơi nhận thay đổi.',
  },
}
