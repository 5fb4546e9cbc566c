// What the message carries: viruses, spam, forbidden content, size.
import type { DiagnosisRule } from '../../types.ts'

export const VIRUS_RULES: readonly DiagnosisRule[] = [
  {
    id: 'virus-found',
    reason: 'virus',
    pattern: '\\b(?:virus|viruses|malware|infected|trojan|worm)\\b',
    source: { software: 'Amavis', where: 'amavisd reject text for final_virus_destiny D_REJECT ("INFECTED: %s")' },
    examples: ['554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Signature', '550 5.7.1 This message contains a virus (Eicar-Test-Signature).'],
  },
]

export const CONTENT_RULES: readonly DiagnosisRule[] = [
  {
    id: 'spam-detected',
    reason: 'spam',
    pattern: '\\bspam\\b|\\bcontent rejected, UBE\\b|\\bunsolicited (?:mail|email|bulk)\\b|\\bjunk mail\\b|\\bspamassassin\\b|\\bspam score\\b',
    source: { software: 'Rspamd', where: 'default reject message "Spam message rejected"' },
    examples: [
      '554 5.7.1 Spam message rejected',
      '550 5.7.1 Message rejected as spam by Content Filtering.',
      // amavisd-new rejects unsolicited bulk email (its UBE class) with these words.
      '550 5.7.1 Message content rejected, UBE, id=12345-01',
    ],
  },
  {
    id: 'size-limit',
    reason: 'message-too-large',
    pattern:
      '\\bmessage (?:size|length) exceeds\\b|\\bmessage (?:is |file )?too (?:big|large)\\b|\\bexceeds (?:the )?(?:maximum|fixed|size) (?:message )?(?:size|limit)\\b|\\bsize limit\\b|\\btoo much mail data\\b|\\bdatabytes limit\\b|\\bmessage (?:is )?(?:larger|bigger) than\\b|\\bexceeds (?:the )?(?:maximum )?(?:fixed )?(?:allowed )?(?:message )?size\\b|\\bmaximum (?:message )?size exceeded\\b|\\bRESOLVER\\.RST\\.(?:RecipSizeLimit|SendSizeLimit)\\b|\\bexceeded mail ?size limit\\b',
    source: {
      software: 'Postfix',
      where: 'message_size_limit ("Message size exceeds fixed limit")',
      url: 'https://www.postfix.org/postconf.5.html#message_size_limit',
    },
    examples: [
      '552 5.3.4 Message size exceeds fixed limit',
      '552 5.2.3 Message size exceeds fixed maximum message size',
      '552 sorry, that message size exceeds my databytes limit (#5.3.4)',
      '552 Message exceeds maximum fixed size',
      // Exchange's recipient and organization size restrictions (the categorizer's RESOLVER.RST codes).
      '550 5.7.1 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
      '552 5.3.4 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization',
      // NetEase Mail's reply for a message over its size limit (help.163.com, returned-mail codes).
      '552 Requested mail action aborted: exceeded mailsize limit',
      // Exim's transport message_size_limit (src/transport.c: "message is too big (transport limit = %d)").
      '552 message is too big (transport limit = 102400)',
    ],
  },
  {
    id: 'content-blocked',
    reason: 'content-rejected',
    pattern:
      '\\bmessage content rejected\\b|\\bcontent presents a potential security issue\\b|\\b(?:attachment|file) (?:type )?(?:that |which )?(?:is |are )?(?:not allowed|not permitted|blocked|prohibited|rejected)\\b|\\bexecutable\\b|\\b(?:rejected|refused|blocked) (?:due to|because of) (?:its |the |message |unacceptable )?content\\b(?! restriction)|\\b(?:banned|prohibited|forbidden|disallowed|dangerous|illegal) (?:file|attachment)\\b',
    source: {
      software: 'Postfix',
      where: 'header_checks / body_checks REJECT default text "message content rejected"',
      url: 'https://www.postfix.org/header_checks.5.html',
    },
    examples: [
      '550 5.7.1 message content rejected',
      '552 5.7.0 This message was blocked because its content presents a potential security issue.',
      '550 5.7.1 Message contains a prohibited attachment',
      '550 5.7.1 Message contains an attachment that is not permitted',
      // NetEase Mail: an attachment type it does not accept (help.163.com, returned-mail codes).
      '552 Illegal Attachment',
      '554 5.7.1 Rejected due to message content',
    ],
  },
]
