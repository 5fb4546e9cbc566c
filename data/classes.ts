// Meanings of the first and second digits, used by lookups of unassigned codes ("599 would be a permanent
// negative reply") and by comparisons. Each text follows the cited section.
import type { Reference, RetryAdvice } from './schema.ts'

export type ReplyClass = 2 | 3 | 4 | 5

export interface ClassInfo {
  class: ReplyClass
  name: string
  meaning: string
  retry: RetryAdvice
  references: Reference[]
}

/** Basic reply code classes: RFC 5321 §4.2.1. */
export const BASIC_CLASSES: Record<ReplyClass, ClassInfo> = {
  2: {
    class: 2,
    name: 'Positive Completion',
    meaning: 'The requested action has been successfully completed. A new request may be initiated.',
    retry: 'none-needed',
    references: [{ rfc: 5321, section: '4.2.1' }],
  },
  3: {
    class: 3,
    name: 'Positive Intermediate',
    meaning:
      'The command has been accepted, but the requested action is being held in abeyance, pending receipt of further information. The client should send another command specifying this information.',
    retry: 'continue',
    references: [{ rfc: 5321, section: '4.2.1' }],
  },
  4: {
    class: 4,
    name: 'Transient Negative Completion',
    meaning:
      'The command was not accepted and the requested action did not occur, but the error condition is temporary and the action may be requested again. A client should retry later.',
    retry: 'retry-later',
    references: [{ rfc: 5321, section: '4.2.1' }],
  },
  5: {
    class: 5,
    name: 'Permanent Negative Completion',
    meaning:
      'The command was not accepted and the requested action did not occur. The client should not repeat the exact request in the same sequence; something must change first.',
    retry: 'do-not-retry-unchanged',
    references: [{ rfc: 5321, section: '4.2.1' }],
  },
}

/** Second digit of a basic reply code: RFC 5321 §4.2.1. */
export const BASIC_CATEGORIES: Record<number, string> = {
  0: 'Syntax',
  1: 'Information',
  2: 'Connections',
  3: 'Unspecified',
  4: 'Unspecified',
  5: 'Mail system',
}

/** Enhanced status code classes: RFC 3463 §2. Class 3 does not exist for enhanced codes. */
export const ENHANCED_CLASSES: Record<2 | 4 | 5, ClassInfo> = {
  2: {
    class: 2,
    name: 'Success',
    meaning: 'The action completed successfully.',
    retry: 'none-needed',
    references: [{ rfc: 3463, section: '2' }],
  },
  4: {
    class: 4,
    name: 'Persistent Transient Failure',
    meaning: 'The message as sent is valid, but some temporary event prevents its delivery. Sending it again later may succeed.',
    retry: 'retry-later',
    references: [{ rfc: 3463, section: '2' }],
  },
  5: {
    class: 5,
    name: 'Permanent Failure',
    meaning:
      'A failure that is not likely to be resolved by resending the message in its current form. Something about the message or the destination must change.',
    retry: 'do-not-retry-unchanged',
    references: [{ rfc: 3463, section: '2' }],
  },
}

/** Enhanced status code subjects (the middle number): RFC 3463 §2. */
export const ENHANCED_SUBJECTS: Record<number, string> = {
  0: 'Other or Undefined Status',
  1: 'Addressing Status',
  2: 'Mailbox Status',
  3: 'Mail System Status',
  4: 'Network and Routing Status',
  5: 'Mail Delivery Protocol Status',
  6: 'Message Content or Media Status',
  7: 'Security or Policy Status',
}
