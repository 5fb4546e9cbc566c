// Providers, filtering services and blocklists a diagnosis can name: who they are, where their documentation
// is, their own code tokens and how to recognise their replies. Rules refer to these ids (`provider`).
import type { Provider } from './schema.ts'

export const PROVIDERS: readonly Provider[] = [
  {
    id: 'google',
    name: 'Gmail / Google Workspace',
    kind: 'mailbox-provider',
    url: 'https://support.google.com/a/answer/3726730',
    // Gmail ends every reply with "- gsmtp" and links its help pages.
    hints: ['\\bgsmtp\\b', '\\bsupport\\.google\\.com\\b'],
    hosts: ['google.com', 'googlemail.com', 'gmail-smtp-in.l.google.com'],
  },
  {
    id: 'microsoft',
    name: 'Microsoft 365 / Exchange Online / Outlook.com',
    kind: 'mailbox-provider',
    url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
    delistUrl: 'https://sender.office.com/',
    codes: ['\\b(AS\\([0-9]{3,12}\\))'],
    enhanced: ['[45]\\.7\\.[5-7][0-9]{2}', '[45]\\.4\\.(?:14|312|316)', '4\\.4\\.62'],
    hints: ['\\bprotection\\.outlook\\.com\\b', '\\boutlook\\.com\\b', '\\bhotmail\\.com\\b', '\\bexchangelabs\\.com\\b'],
    hosts: ['outlook.com', 'protection.outlook.com', 'hotmail.com'],
  },
  {
    id: 'yahoo',
    name: 'Yahoo / AOL',
    kind: 'mailbox-provider',
    url: 'https://senders.yahooinc.com/smtp-error-codes/',
    codes: ['\\[((?:TSS|TS|PH|DS)[0-9]{2})\\]'],
    hints: ['\\byahoo\\b', '\\baol\\b'],
    hosts: ['yahoodns.net', 'yahoo.com', 'aol.com'],
  },
  {
    id: 'orange',
    name: 'Orange',
    kind: 'mailbox-provider',
    url: 'https://postmaster.orange.fr/',
    codes: ['\\b(OFR[0-9]{0,3}_[0-9]{3})\\b'],
    hints: ['\\borange\\.fr\\b', '\\bwanadoo\\.fr\\b'],
    hosts: ['orange.fr', 'wanadoo.fr'],
  },
  {
    id: 'spamhaus',
    name: 'Spamhaus',
    kind: 'blocklist',
    url: 'https://www.spamhaus.org/',
    delistUrl: 'https://check.spamhaus.org/',
    hints: ['\\bspamhaus\\b'],
  },
  {
    id: 'spamcop',
    name: 'SpamCop',
    kind: 'blocklist',
    url: 'https://www.spamcop.net/bl.shtml',
    delistUrl: 'https://www.spamcop.net/bl.shtml',
    hints: ['\\bspamcop\\b'],
  },
  {
    id: 'barracuda',
    name: 'Barracuda Reputation Block List',
    kind: 'blocklist',
    url: 'https://www.barracudacentral.org/rbl',
    delistUrl: 'https://www.barracudacentral.org/rbl/removal-request',
    hints: ['\\bbarracuda(?:central)?\\b'],
  },
]
