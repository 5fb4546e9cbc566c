import type { WidgetLabels } from '../widget-labels.ts'

export default {
  loading: 'SMTP 코드를 불러오는 중…',
  error: '이 SMTP 코드를 불러올 수 없습니다.',
  openPage: '비교 페이지 열기',
  openCodePage: '코드 페이지 열기',
  unreachable: 'SMTP 코드 서비스에 연결할 수 없습니다.',
  aspect: '항목',
  shared: '공통',
  differs: '다름',
  note: '참고',
  fixSender: '해결 방법 (발신자)',
  fixAdmin: '해결 방법 (관리자)',
  details: '자세히',
  timeline: 'SMTP 세션 내 위치',
  arises: '여기서 발생',
  classLabel: '클래스',
  references: '참고 문헌',
} satisfies WidgetLabels
