// Microsoft 365 / Exchange Online / Outlook.com: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const MICROSOFT_RULES: readonly DiagnosisRule[] = [
  {
    id: 'microsoft-banned-sending-ip',
    reason: 'blocklisted',
    pattern: 'banned sending IP|Access denied, banned sender',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: [
      '550 5.7.606 Access denied, banned sending IP [x.xx.xx.xx]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)',
      '550 5.7.606 Access denied, banned sending IP [192.0.2.45]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)',
    ],
  },
  {
    id: 'microsoft-network-on-block-list',
    reason: 'blocklisted',
    pattern: 'part of their network is on our block list',
    provider: 'microsoft',
    source: { url: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx', title: 'Outlook.com postmaster: troubleshooting' },
    examples: [
      "550 5.7.1 Unfortunately, messages from [x.xx.xx.xx] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [#.eop-nam02.prod.protection.outlook.com]",
      "550 SC-001 (SNT004-MC10F17) Unfortunately, messages from 192.0.2.110 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      "550 5.7.1 Unfortunately, messages from [192.0.2.44] weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [BY2NAM01FT030.eop-nam01.prod.protection.outlook.com]",
      "550 SC-002 (COL004-MC6F36) Unfortunately, messages from 192.0.2.23 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    ],
  },
  {
    id: 'microsoft-ip-reputation',
    reason: 'blocklisted',
    pattern: 'rate limited due to IP reputation',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: [
      '451 4.7.650 The mail server [x.xx.xx.xx] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S843)[#.prod.protection.outlook.com]',
      '451 4.7.651 The mail server [x.xx.xx.xx] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3114) [#.prod.outlook.com #]',
    ],
  },
  {
    id: 'microsoft-traffic-not-accepted',
    reason: 'blocklisted',
    pattern: 'traffic not accepted from this IP',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750',
      title: 'Microsoft Learn: Fix NDR error codes 5.7.700 through 5.7.750',
    },
    examples: [
      '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to https://go.microsoft.com/fwlink/?LinkID=526655 AS(7171)',
    ],
  },
  {
    id: 'microsoft-tenant-threshold',
    reason: 'blocklisted',
    pattern: 'tenant has exceeded threshold',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750',
      title: 'Microsoft Learn: Fix NDR error codes 5.7.700 through 5.7.750',
    },
    examples: ['550 5.7.705 Access denied, tenant has exceeded threshold.'],
  },
  {
    id: 'microsoft-tenant-allow-block-list',
    reason: 'policy',
    pattern: 'blocked by your organization using Tenant Allow Block List',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750',
      title: 'Microsoft Learn: Fix NDR error codes 5.7.700 through 5.7.750',
    },
    examples: [
      "550 5.7.703 Your message can't be delivered because messages to user@example.com are blocked by your organization using Tenant Allow Block List.",
    ],
  },
  {
    id: 'microsoft-authentication-level',
    reason: 'sender-authentication',
    pattern: '(?:does not|doesn.t) meet the required authentication level',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: [
      '550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.',
      "550 5.7.515 Access denied, sending domain [$domain] doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. Spf=Pass Dkim=Fail DMARC=Pass",
      "550 5.7.515 Access denied, sending domain [$domain] doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. Spf=Fail Dkim=Pass DMARC=Pass",
    ],
  },
  {
    id: 'microsoft-directory-edge-block',
    reason: 'user-unknown',
    pattern: 'recipient address(?:es)? rejected ?: Access denied',
    codes: ['5.4.1'],
    provider: 'microsoft',
    source: {
      url: 'https://support.microsoft.com/en-us/topic/ndr-error-code-550-5-4-1-recipient-address-rejected-access-denied-c0e98a8e-81db-49c2-9bf1-32a1734d3e77',
      title: 'Microsoft Support: NDR error code 550 5.4.1 Recipient address rejected: Access denied',
    },
    examples: [
      '550 5.4.1 All recipient addresses rejected : Access denied [#.eop-nam02.prod.protection.outlook.com]',
      '550 5.4.1 All recipient addresses rejected: Access denied [#.eop-nam02.prod.protection.outlook.com]',
      '550 5.4.1 [email@example.com]: Recipient address rejected: Access denied [example.com]',
      '550 5.4.1 [user@example.gov]: Recipient address rejected: Access denied [CY1GCC01FT007.eop-gcc01.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft-recipient-not-found',
    reason: 'user-unknown',
    pattern: '\\bRESOLVER\\.ADR\\.(?:Ex)?Recip(?:ient)?NotFound|Recipient not found by SMTP address lookup',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: [
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',
    ],
  },
  {
    id: 'microsoft-hourly-message-limit',
    reason: 'rate-limited',
    pattern: 'limit for the number of messages they can (?:send|receive)',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: [
      '554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. For more information go to http://go.microsoft.com/fwlink/?LinkId=526653. (#) [outlook.com]',
      '554 5.2.121 The sender has exceeded the limit for the number of messages they can send to this recipient per hour. For more information go to http://go.microsoft.com/fwlink/?LinkId=526653. [#.prod.outlook.com #]',
    ],
  },
  {
    id: 'microsoft-concurrent-connections',
    reason: 'rate-limited',
    pattern: 'maximum number of concurrent connections per resource forest',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: [
      '421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit, closing transmission channel. example.com. PRX8 [example.com]',
    ],
  },
  {
    id: 'microsoft-organization-queue-quota',
    reason: 'rate-limited',
    pattern: 'Organization queue quota exceeded',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['450 4.7.3 Organization queue quota exceeded. [outlook.com]'],
  },
  {
    id: 'microsoft-server-busy',
    reason: 'rate-limited',
    pattern: '\\bServer busy\\. Please try again later from',
    codes: ['4.7'],
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['451 4.7.500 Server busy. Please try again later from [x.xx.xx.x]. (AS77712344) [#.prod.protection.outlook.com]'],
  },
  {
    id: 'microsoft-thread-limit',
    reason: 'rate-limited',
    pattern: '\\bSTOREDRV\\.Deliver; recipient thread limit exceeded',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded'],
  },
  {
    id: 'microsoft-wrong-region',
    reason: 'network-error',
    pattern: 'sent to the wrong Office 365 region',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/wrong-office-365-region-exo',
      title: 'Microsoft Learn: mail sent to the wrong Office 365 region',
    },
    examples: [
      '451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35. For more information please go to https://go.microsoft.com/fwlink/?linkid=865268 [#.prod.protection.outlook.com]',
    ],
  },
  {
    id: 'microsoft-transport-rule',
    reason: 'policy',
    pattern: '\\bTRANSPORT\\.RULES\\.RejectMessage|rejected by organization policy',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'],
  },
  {
    id: 'microsoft-replication',
    reason: 'system-error',
    pattern: 'failed to be replicated',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['451 4.4.0 Message failed to be replicated: No healthy secondary server available to accept replica at this time. [outlook.com]'],
  },
  {
    id: 'microsoft-anonymous-mail',
    reason: 'auth-failed',
    pattern: 'not authenticated to send (?:anonymous )?mail',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [AM6PR0732BE0065.eurprd07.prod.outlook.com]'],
  },
  {
    id: 'microsoft-socket-error',
    reason: 'network-error',
    pattern: 'Connection refused \\[Message=Socket error',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['4.4.316 Connection refused [Message=Socket error code 10061]'],
  },
  {
    id: 'microsoft-bad-outbound-sender',
    reason: 'blocklisted',
    pattern: 'Access denied, bad outbound sender|Access denied, spam abuse detected',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['550 5.1.8 Access denied, bad outbound sender', '550 5.7.501 Access denied, spam abuse detected'],
  },
  {
    id: 'microsoft-submission-quota',
    reason: 'rate-limited',
    pattern: 'Submission quota exceeded|reached your daily limit for message recipients',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: [
      '550 5.2.2 Submission quota exceeded',
      "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
    ],
  },
  {
    id: 'microsoft-delivery-restriction',
    reason: 'policy',
    pattern: '\\bSenderNotAuthenticatedFor(?:Group|Mailbox)\\b|Sender not in allowed-senders list',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: [
      '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group',
      '550 5.7.124 Sender not in allowed-senders list',
    ],
  },
  {
    id: 'microsoft-external-forwarding',
    reason: 'policy',
    pattern: 'does not allow external forwarding',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['550 5.7.520 Access denied, Your organization does not allow external forwarding.'],
  },
  {
    id: 'microsoft-dmarc-reject',
    reason: 'sender-authentication',
    pattern: 'does not pass DMARC verification|rejected because of Sender Policy Framework violation',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: [
      '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.',
      '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    ],
  },
  {
    id: 'microsoft-unregistered-domains',
    reason: 'sender-rejected',
    pattern: 'Client blocked from sending from unregistered domains',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750',
      title: 'Microsoft Learn: Fix NDR error codes 5.7.700 through 5.7.750',
    },
    examples: ['550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.'],
  },
  {
    id: 'microsoft-new-sender-throttle',
    reason: 'rate-limited',
    pattern: 'Access denied, please try again later',
    codes: ['4.7'],
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['451 4.7.500 Access denied, please try again later.'],
  },
  {
    id: 'microsoft-rfc-5322',
    reason: 'protocol-error',
    pattern: 'message must be RFC 5322 section 3\\.6\\.2 compliant',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant'],
  },
  {
    id: 'microsoft-tenant-relay',
    reason: 'relay-denied',
    pattern: '\\bTenantAttribution; Relay Access Denied|Unable to relay recipient in non-accepted domain',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['550 5.7.64 TenantAttribution; Relay Access Denied', '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain'],
  },
  {
    id: 'microsoft-domain-does-not-exist',
    reason: 'domain-not-found',
    pattern: '\\bInfoDomainNonexistent\\b',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: [
      '550 5.4.310 DNS domain example.om does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example.om] [TYZAPC01FT035.eop-APC01.prod.protection.outlook.com 2023-12-03T08:16:36.845Z 08DBF37C231BBFB9]',
    ],
  },
  {
    id: 'microsoft-expired-connection-refused',
    reason: 'expired',
    pattern: 'Message expired, (?:connection refused|DNS query failed|connection timed out)',
    provider: 'microsoft',
    source: {
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
      title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
    },
    examples: ['550 5.4.316 Message expired, connection refused(Socket error code 10061)'],
  },
  {
    id: 'microsoft-hourly-daily-limits',
    reason: 'rate-limited',
    pattern: 'limits for how many messages can be sent per hour and per day',
    provider: 'microsoft',
    source: { url: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx', title: 'Outlook.com postmaster: troubleshooting' },
    examples: [
      "421 RP-001 (SNT0-MC2-F19) Unfortunately, some messages from 192.0.2.177 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    ],
  },
  {
    // Outlook.com's own refusal codes (its postmaster troubleshooting page): SC-001 to SC-004 (reputation, namespace
    // mining, open proxy, complaints), DY-001/DY-002 (dynamic or compromised IP) and OU-001/OU-002 (reputation) all
    // refuse the connecting IP, whatever words follow them.
    id: 'microsoft-outlook-ip-block-codes',
    reason: 'blocklisted',
    pattern: '\\b(?:SC-00[1-4]|DY-00[12]|OU-00[12])\\b',
    provider: 'microsoft',
    source: { url: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx', title: 'Outlook.com postmaster: troubleshooting' },
    examples: [
      "550 OU-002 (COL004-MC1F23) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      '550 SC-001 (BAY004-MC1F5) Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems.',
      '550 DY-001 (SNT004-MC4F3) Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IPs.',
      '550 SC-004 (COL004-MC2F12) Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address.',
    ],
  },
  {
    // RP-001 to RP-003: Outlook.com's hourly and daily limits per sending IP (the same page); the words vary.
    id: 'microsoft-outlook-rate-codes',
    reason: 'rate-limited',
    pattern: '\\bRP-00[1-3]\\b',
    provider: 'microsoft',
    source: { url: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx', title: 'Outlook.com postmaster: troubleshooting' },
    examples: [
      "421 RP-002 (COL004-MC1F8) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again later.",
      '421 RP-003 (BAY004-MC3F20) The mail server IP connecting to Outlook.com has exceeded the rate limit allowed. Please try again later.',
    ],
  },
  {
    // Outlook.com's S3140 and S3150 (also AS3140, AS3150) mark its block list of sending networks; its replies
    // carry them whether or not they also spell out "part of their network is on our block list".
    id: 'microsoft-outlook-block-list-codes',
    reason: 'blocklisted',
    pattern: '\\((?:AS31[45]0|S31[45]0)\\)',
    provider: 'microsoft',
    source: { url: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx', title: 'Outlook.com postmaster: troubleshooting' },
    examples: [
      "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider. (S3150) [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]",
      "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. (AS3140)",
    ],
  },
]
