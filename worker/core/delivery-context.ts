// What a delivery report says about a reply beyond the reply's own words: its Action and Status (RFC 3464 §2.3.3,
// §2.3.4) and who decided (a Remote-MTA, or the reporting MTA alone). A reply explained alone cannot know that the
// sending server gave up after retrying, or that "Unrouteable address" was its own router failing on a domain.
import type { ReasonId } from '../../data/diagnosis/types.ts'
import type { Locale } from '../../data/i18n/locales.ts'
import type { Explanation } from '../api/schemas.ts'
import type { DeliveryAction } from './delivery-status.ts'
import { reportDiagnosis } from './diagnose.ts'

export interface DeliveryFacts {
  recipient: string
  action: DeliveryAction
  status?: string
  remoteMta?: string
  /** The DSN's Reporting-MTA (its host name). */
  reportingMta?: string
}

/** The recipient's domain is the reporting MTA's own: the MTA's host name is that domain or a name under it. */
function isLocalDomain(recipient: string, reportingMta: string): boolean {
  const domain = recipient.slice(recipient.lastIndexOf('@') + 1).toLowerCase()
  const host = reportingMta.toLowerCase().replace(/\.$/, '')
  return domain !== '' && (host === domain || host.endsWith(`.${domain}`))
}

/**
 * Exim's words when an address's retries ran out (src/retry.c, retry_update(): "<last error>: retry timeout exceeded";
 * src/deliver.c: "retry time not reached for any host after a long failure period"), seen in
 * test/corpus/loopback-breadth/exim/.
 */
const EXIM_GAVE_UP = /\bretry timeout exceeded\b|\bretry time not reached for any host after a long failure period\b/i

/** The reason the report's fields decide, when they decide one other than the reply's. */
function reportReason(e: Explanation, d: DeliveryFacts): ReasonId | undefined {
  const reason = e.diagnosis.reason
  // A failure whose status is still temporary (Postfix keeps its last attempt's 4.4.1, Sendmail says 4.4.7): the
  // server retried until the message was too old and gave up, whatever the last attempt's words were.
  if (d.action === 'failed' && d.status?.startsWith('4.')) return reason === 'expired' ? undefined : 'expired'
  // Exim writes Status 5.0.0 when it gives up, and appends why to the last attempt's error: after a temporary reply
  // (4xx: a greylisting, a rate limit) that is the same expiry, though the reply's words would decide another reason.
  // Not for its own local errors (a full mailbox under a retry rule without retries also says "retry timeout exceeded").
  if (d.action === 'failed' && e.basic?.startsWith('4') && reason !== 'expired' && EXIM_GAVE_UP.test(e.text)) return 'expired'
  // A delay is not the end of the retries: what expired there is the attempt, a network or routing failure. But
  // OpenSMTPD 6.8 reports the end of its queue ttl as a delay ("Action: delayed", "Status: 4.4.7", "Envelope
  // expired", and no failure report after it, seen on loopback): there the message did expire.
  if (d.action === 'delayed' && reason === 'expired') return e.diagnosis.rule === 'opensmtpd-envelope-expired' ? undefined : 'network-error'
  // Exim's router failure text is the same for an unknown local part and an unroutable domain (Exim spec, "Routing
  // an address"). Decided by the reporting MTA itself (no Remote-MTA), for a domain that is not its own, it is the
  // domain that could not be routed; a remote server saying it at RCPT, or a local domain, is an unknown user.
  if (
    reason === 'user-unknown' &&
    d.action === 'failed' &&
    !d.remoteMta &&
    d.reportingMta &&
    /\bunrouteable address\b/i.test(e.diagnosis.evidence?.text ?? '') &&
    !isLocalDomain(d.recipient, d.reportingMta)
  )
    return 'domain-not-found'
  return undefined
}

/** The explanation with the diagnosis the report's fields decide, or the same object when they add nothing. */
export function inDeliveryContext(e: Explanation, d: DeliveryFacts, lang: Locale): Explanation {
  const reason = reportReason(e, d)
  if (!reason) return e
  return { ...e, diagnosis: reportDiagnosis(reason, e.class, e.diagnosis, lang) }
}
