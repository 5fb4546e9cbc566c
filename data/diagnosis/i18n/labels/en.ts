// The words around a diagnosis in English (heading, hard/soft, steps, provider): the one table the pages and the
// widget's reply card both show, in its own module so the widget loads it without the reasons' prose.
import type { DiagnosisTexts } from '../../types.ts'

export default {
  heading: 'Why it failed',
  hard: 'Hard bounce: the address is bad, stop sending to it',
  soft: 'Soft bounce: the address is not the problem',
  steps: 'What to do',
  provider: 'Reply from',
} satisfies DiagnosisTexts['labels']
