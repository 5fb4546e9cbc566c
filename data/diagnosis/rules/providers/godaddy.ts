// GoDaddy: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const GODADDY_RULES: readonly DiagnosisRule[] = [
  {
    id: 'godaddy-ib007-too-many-sessions',
    reason: 'rate-limited',
    pattern: '\\bIB007\\b|too many sessions from',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: [
      '421 Connection refused, too many sessions from $(_ipsrc). Please lower the number of concurrent sessions. IB007 <https://www.secureserver.net/help/fix-rejected-email-with-a-bounce-error-40685?pl_id=3153&prog_id=3153#rlb',
    ],
  },
  {
    id: 'godaddy-ib101-unavailable',
    reason: 'system-error',
    pattern: '\\bIB101\\b',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: ['421 Server temporarily unavailable. Try again later. IB101'],
  },
  {
    id: 'godaddy-ib103-cloudmark',
    reason: 'blocklisted',
    pattern: '\\bIB103\\b',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: ['554 IB103. Connection refused. $(_ipsrc) has a poor reputation on Cloudmark Sender Intelligence (CSI).'],
  },
  {
    id: 'godaddy-ib104-106-spamhaus',
    reason: 'blocklisted',
    pattern: '\\bIB10[4-6]\\b',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: [
      '554 IB104. Connection refused. $(_ipsrc) is listed on the Spamhaus Block List (SBL). Please visit http://www.spamhaus.org/sbl for more information or to request a delisting.',
      '554 IB105. Connection refused. $(_ipsrc) is listed on the Exploits Block List (XBL). Please visit http://www.spamhaus.org/xblfor more information.',
      '554 IB106. Connection refused. $(_ipsrc) is listed on the Spamhaus Block List (PBL). Please visit http://www.spamhaus.org/pbl for more information or to request a delisting.',
    ],
  },
  {
    id: 'godaddy-ib108-reverse-dns',
    reason: 'reverse-dns',
    pattern: '\\bIB108\\b',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: ['421 Temporarily rejected. Reverse DNS for $(_ipsrc) failed. IB108'],
  },
  {
    id: 'godaddy-ib110-113-blocked',
    reason: 'blocklisted',
    pattern: '\\bIB11[0-3]\\b',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: [
      '554 $(_ipsrc) has been temporarily blocked for attempting to mail too many invalid recipients. IB112',
      '554 $(_ipsrc) has been blocked for the day, for attempting to mail too many invalid recipients. IB113',
      '554 $(_ipsrc) has been temporarily blocked for attempting to send too many messages containing content judged to be spam by the internet community. IB110',
      '554 $(_ipsrc) has been blocked for the day, for attempting to send too many messages containing content judged to be spam by the internet community. IB111',
    ],
  },
  {
    id: 'godaddy-ib212-spam',
    reason: 'spam',
    pattern: '\\bIB212\\b',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: [
      '552 $(_sid) - $(_id) This message has been rejected due to content judged to be spam by the internet community IB212 - If you feel this is in error, please submit a request using the link below.',
    ],
  },
  {
    id: 'godaddy-ib301-helo',
    reason: 'reverse-dns',
    pattern: '\\bIB301\\b',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: ['501 HELO/EHLO rejected. IB301'],
  },
  {
    id: 'godaddy-ib504-510-volume',
    reason: 'rate-limited',
    pattern: '\\bIB5(?:04|10)\\b',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: [
      '550 $(_ipsrc)> This IP has sent too many messages this hour. IB504',
      '550 $(_ipsrc)> This message has exceded the max number of messages per session. Please open a new session and try again. IB510',
    ],
  },
  {
    id: 'godaddy-ib508-spf',
    reason: 'sender-authentication',
    pattern: '\\bIB508\\b',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: [
      '550 $(_ipsrc) is not allowed to send from <$(_fromdomain)> per its SPF Record. Please inspect your SPF settings, and try again. IB508',
    ],
  },
  {
    id: 'godaddy-ib705-virus',
    reason: 'virus',
    pattern: '\\bIB705\\b',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: ['552 $(_sid) - $(_id) Virus infected message rejected. IB705'],
  },
  {
    id: 'godaddy-rbl-reject',
    reason: 'blocklisted',
    pattern: '\\bRBL Reject -Please submit an unblock request',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: ['554 RBL Reject -Please submit an unblock request'],
  },
  {
    id: 'godaddy-recipient-not-found',
    reason: 'user-unknown',
    pattern: 'Recipient not found\\. <?https?:\\/\\/x\\.co\\/irbounce',
    provider: 'godaddy',
    source: { url: 'https://www.godaddy.com/help/what-does-my-email-bounce-mean-3568', title: 'GoDaddy: what does my email bounce mean' },
    examples: ['550 5.1.1 <user@example.com> Recipient not found. <http://x.co/irbounce>'],
  },
]
