// The words around a diagnosis in Vietnamese (heading, hard/soft, steps, provider): the one table the pages and the
// widget's reply card both show, in its own module so the widget loads it without the reasons' prose. A missing
// label falls back to English (labels/en.ts).
import type { PartialDiagnosisTexts } from '../../types.ts'

export default {
  heading: 'Vì sao thất bại',
  hard: 'Hard bounce: địa chỉ hỏng, hãy ngừng gửi tới nó',
  soft: 'Soft bounce: địa chỉ không phải là vấn đề',
  steps: 'Cần làm gì',
  provider: 'Phản hồi từ',
} satisfies Required<PartialDiagnosisTexts>['labels']
