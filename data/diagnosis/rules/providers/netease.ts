// NetEase Mail (163.com, 126.com, yeah.net): its refusal codes, as its help page on returned mail explains each one
// (the page is in Chinese; the meanings here are our English reading of it).
import type { DiagnosisRule } from '../../types.ts'

const CODES_PAGE = {
  url: 'https://web.archive.org/web/2019/http://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html',
  title: 'NetEase Mail help: what the codes in a returned mail mean',
}

export const NETEASE_RULES: readonly DiagnosisRule[] = [
  {
    // Content with spam features, or a sending environment that breaks the norms (451: try again in two minutes).
    id: 'netease-spam',
    reason: 'spam',
    pattern: '\\bDT:SPM\\b',
    provider: 'netease',
    source: CODES_PAGE,
    examples: ['554 DT:SPM 163 mx14,QMCowEC5V1kHxB5hZ4QeAA--.3841S2 1629281800, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1'],
  },
  {
    // The sending IP is on one or more RBLs (DT:RBL), behaves abnormally (many nonexistent recipients: HL:REP;
    // forged sender domains: HL:MEP), broke the terms of service (HL:IHU), or is not on the allowed list (HL:IPB,
    // WM:BLI).
    id: 'netease-ip-blocked',
    reason: 'blocklisted',
    pattern: '\\b(?:DT:RBL|HL:(?:REP|MEP|IHU|IPB)|WM:BLI)\\b',
    provider: 'netease',
    source: CODES_PAGE,
    examples: [
      '450 DT:RBL mx.163.com, please see http://www.rbls.org/',
      '421 HL:REP 163 mx1, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1',
    ],
  },
  {
    // Too many concurrent connections (HL:ICC) or mails in a short time from the IP (HL:IFC, HL:IFQ), mails per
    // connection (MI:DMC), recipients per connection (RP:DRC), or mails from the sender in 15 minutes (MI:SFQ).
    id: 'netease-rate',
    reason: 'rate-limited',
    pattern: '\\b(?:HL:(?:ICC|IFC|IFQ)|MI:(?:DMC|SFQ)|RP:DRC)\\b',
    provider: 'netease',
    source: CODES_PAGE,
    examples: [
      '421 HL:ICC 163 mx3, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1',
      '451 MI:DMC 163 mx3, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1',
    ],
  },
  {
    // Too many erroneous (MI:CEL, RP:CEL) or superfluous (MI:CCL, RP:CCL) commands: check the sending program.
    id: 'netease-commands',
    reason: 'protocol-error',
    pattern: '\\b(?:MI|RP):C[CE]L\\b',
    provider: 'netease',
    source: CODES_PAGE,
    examples: ['450 MI:CEL 163 mx3, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1'],
  },
  {
    // The sender is not on the list of users allowed to send to this mailbox (WM:BLU).
    id: 'netease-sender-not-allowed',
    reason: 'policy',
    pattern: '\\bWM:BLU\\b',
    provider: 'netease',
    source: CODES_PAGE,
    examples: ['450 WM:BLU 163 mx3, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1'],
  },
  {
    // Too many failed logins: SMTP AUTH is refused for a while.
    id: 'netease-failed-logins',
    reason: 'auth-failed',
    pattern: '\\btoo much fail authentication\\b',
    provider: 'netease',
    source: CODES_PAGE,
    examples: ['451 Requested mail action not taken: too much fail authentication'],
  },
]
