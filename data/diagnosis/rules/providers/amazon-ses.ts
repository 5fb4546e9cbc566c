// Amazon SES: the replies its SMTP interface gives the sending application, each rule citing the AWS page that
// documents it. They concern the sender's SES account, never the recipient's mailbox.
import type { DiagnosisRule } from '../../types.ts'

export const AMAZON_SES_RULES: readonly DiagnosisRule[] = [
  {
    // An identity (From, Source, Sender or Return-Path address or its domain) that is not verified in the region
    // the application sends through; in the SES sandbox the recipients must be verified too. The sender's account
    // must verify it or leave the sandbox: nothing is wrong with the recipient's address.
    id: 'ses-identity-not-verified',
    reason: 'sender-rejected',
    pattern: '\\bEmail address is not verified\\b|\\bidentities failed the check in region\\b',
    provider: 'amazon-ses',
    source: {
      url: 'https://repost.aws/knowledge-center/ses-554-400-message-rejected-error',
      title: 'AWS re:Post: Why do I get a 554 or 400 "Message rejected" error with "Email address is not verified" from Amazon SES?',
    },
    examples: [
      '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: bob@example.com',
      '554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: bob@example.com, jane@example.org',
    ],
  },
  {
    // The account's maximum sending rate or its daily sending quota: SES drops the message, the application
    // waits and sends again.
    id: 'ses-throttling-failure',
    reason: 'rate-limited',
    pattern: '\\bThrottling failure: (?:Maximum sending rate|Daily message quota) exceeded\\b',
    provider: 'amazon-ses',
    source: {
      url: 'https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html',
      title: 'Amazon SES: errors related to the sending quotas for your account',
    },
    examples: ['454 Throttling failure: Maximum sending rate exceeded', '454 Throttling failure: Daily message quota exceeded'],
  },
]
