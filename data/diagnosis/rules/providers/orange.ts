// Orange: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const ORANGE_RULES: readonly DiagnosisRule[] = [
  {
    id: 'orange-ip-blocked-spam',
    reason: 'blocklisted',
    pattern: 'Client host blocked for spamming issues|\\bOFR006_102\\b',
    provider: 'orange',
    source: { collection: 'smtp-field-manual', where: 'data/codes/501.json, 550.json, 552.json (orange)' },
    examples: [
      '550 mwinfXXXX ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=xxx.xxx.xxx.xxx [102]',
    ],
  },
  {
    id: 'orange-invalid-sender',
    reason: 'sender-rejected',
    pattern: 'Emetteur invalide|\\bOFR004_405\\b',
    provider: 'orange',
    source: { collection: 'smtp-field-manual', where: 'data/codes/501.json, 550.json, 552.json (orange)' },
    examples: ['501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]'],
  },
  {
    id: 'orange-invalid-recipient',
    reason: 'user-unknown',
    pattern: 'destinataire invalide|\\bOFR_416\\b',
    provider: 'orange',
    source: { collection: 'smtp-field-manual', where: 'data/codes/501.json, 550.json, 552.json (orange)' },
    examples: ['550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]'],
  },
  {
    id: 'orange-recipient-overquota',
    reason: 'mailbox-full',
    pattern: 'Boite du destinataire pleine|\\bOFR_417\\b',
    provider: 'orange',
    source: { collection: 'smtp-field-manual', where: 'data/codes/501.json, 550.json, 552.json (orange)' },
    examples: ['552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]'],
  },
  {
    id: 'orange-mail-rejected',
    reason: 'spam',
    pattern: 'Mail rejete\\. Mail rejected|\\bofr_506\\b',
    provider: 'orange',
    source: { collection: 'smtp-field-manual', where: 'data/codes/501.json, 550.json, 552.json (orange)' },
    confidence: 'medium',
    examples: ['550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]'],
  },
]
