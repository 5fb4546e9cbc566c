// Every RFC the catalog cites. The data test checks that each citation names one of these.
import type { Rfc } from './schema.ts'

export const RFCS: readonly Rfc[] = [
  { number: 1870, title: 'SMTP Service Extension for Message Size Declaration' },
  { number: 1985, title: 'SMTP Service Extension for Remote Message Queue Starting' },
  { number: 2034, title: 'SMTP Service Extension for Returning Enhanced Error Codes' },
  { number: 2645, title: 'On-Demand Mail Relay (ODMR) SMTP with Dynamic IP Addresses' },
  { number: 3030, title: 'SMTP Service Extensions for Transmission of Large and Binary MIME Messages' },
  { number: 3207, title: 'SMTP Service Extension for Secure SMTP over Transport Layer Security' },
  { number: 3463, title: 'Enhanced Mail System Status Codes' },
  { number: 3464, title: 'An Extensible Message Format for Delivery Status Notifications' },
  { number: 3886, title: 'An Extensible Message Format for Message Tracking Responses' },
  { number: 4468, title: 'Message Submission BURL Extension' },
  { number: 4954, title: 'SMTP Service Extension for Authentication' },
  { number: 5248, title: 'A Registry for SMTP Enhanced Mail System Status Codes' },
  { number: 5321, title: 'Simple Mail Transfer Protocol' },
  { number: 6376, title: 'DomainKeys Identified Mail (DKIM) Signatures' },
  { number: 6531, title: 'SMTP Extension for Internationalized Email' },
  { number: 6710, title: 'Simple Mail Transfer Protocol Extension for Message Transfer Priorities' },
  { number: 7208, title: 'Sender Policy Framework (SPF) for Authorizing Use of Domains in Email, Version 1' },
  { number: 7293, title: 'The Require-Recipient-Valid-Since Header Field and SMTP Service Extension' },
  { number: 7372, title: 'Email Authentication Status Codes' },
  { number: 7504, title: 'SMTP 521 and 556 Reply Codes' },
  { number: 7505, title: 'A "Null MX" No Service Resource Record for Domains That Accept No Mail' },
  { number: 7601, title: 'Message Header Field for Indicating Message Authentication Status', obsoletedBy: 8601 },
  { number: 8617, title: 'The Authenticated Received Chain (ARC) Protocol' },
  { number: 8689, title: 'SMTP Require TLS Option' },
]
