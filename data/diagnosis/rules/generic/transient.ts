// Deliberate deferrals and limits: greylisting, rate limits, too many connections.
import type { DiagnosisRule } from '../../types.ts'

export const TRANSIENT_RULES: readonly DiagnosisRule[] = [
  {
    id: 'greylisted',
    reason: 'greylisted',
    pattern: '\\bgr[ae]y ?list(?:ed|ing)?\\b',
    source: { software: 'Postgrey', where: 'postgrey --greylist-text default "Greylisted, see http://postgrey.schweikert.ch/help/%r.html"' },
    examples: [
      '450 4.2.0 <jane@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
      '451 4.7.1 Greylisting in action, please come back later',
    ],
  },
  {
    id: 'too-many-connections',
    reason: 'rate-limited',
    pattern:
      '\\btoo many (?:concurrent |simultaneous |parallel )?(?:smtp )?(?:connections|connection requests|sessions|messages|recipients|mails|emails|requests)\\b|\\bmaximum number of (?:concurrent |simultaneous )?(?:server |smtp )?(?:connections|sessions|recipients|messages)\\b',
    source: {
      software: 'Postfix',
      where: 'src/smtpd/smtpd.c, anvil limits ("Error: too many connections from %s")',
      url: 'https://www.postfix.org/TUNING_README.html',
    },
    examples: [
      '421 4.7.0 mx.example.org Error: too many connections from 192.0.2.1',
      '452 4.5.3 Error: too many recipients',
      '421 Too many concurrent SMTP connections; please try again later.',
      // Exchange Server's receive connector limit (MaxInboundConnectionPerSource).
      '421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel',
    ],
  },
  {
    id: 'rate-limit-words',
    reason: 'rate-limited',
    pattern:
      '\\brate[ -]?limit(?:ed|ing)?\\b|\\b(?:sending|message|connection) rate\\b|\\bthrottl(?:ed|ing)\\b|\\btemporarily (?:deferred|rate limited) due to\\b|\\bunexpected volume\\b|\\bunusual rate\\b',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: [
      '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
      '450 4.7.1 Rate limit exceeded, try again later',
      '421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address.',
    ],
  },
  {
    // A limit on what the sender may send (per day, per submission), not a full mailbox: tried before the mailbox
    // rules, whose "quota exceeded" would otherwise take "Submission quota exceeded".
    id: 'sending-quota',
    reason: 'rate-limited',
    pattern:
      '\\b(?:daily |hourly )?(?:user )?sending (?:limit|quota) (?:exceeded|reached)\\b|\\b(?:daily|hourly) (?:user )?sending (?:limit|quota)\\b|\\bsubmission quota (?:was )?exceeded\\b|\\bSubmissionQuotaExceeded',
    source: { url: 'https://support.google.com/a/answer/166852', title: 'Google Workspace Admin Help: Gmail sending limits in Google Workspace' },
    examples: [
      '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852 - gsmtp',
      '550 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception',
      '554 5.2.0 Daily sending quota exceeded',
    ],
  },
]
