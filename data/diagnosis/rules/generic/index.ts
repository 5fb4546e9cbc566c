// Generic rules: the messages of server software and the wording of RFCs, tried after the provider rules. Groups
// are tried in this order, and rules in file order: the strongest and most specific signals first (a virus or a
// blocklist named inside a generic 5.7.1), then the recipient, then the sender and the network, and the vague
// policy words last.
import type { DiagnosisRule } from '../../types.ts'
import { AUTHENTICATION_RULES } from './authentication.ts'
import { BLOCKLIST_RULES } from './blocklists.ts'
import { CONTENT_RULES, VIRUS_RULES } from './content.ts'
import { DOMAIN_RULES, MAILBOX_RULES, MOVED_RULES, USER_UNKNOWN_RULES } from './recipient.ts'
import { SESSION_RULES } from './session.ts'
import { DELIVERY_RULES, POLICY_RULES, SENDER_RULES } from './system.ts'
import { PROVIDER_CORPUS_RULES } from './provider-corpus.ts'
import { TRANSIENT_RULES } from './transient.ts'

export const GENERIC_RULES: readonly DiagnosisRule[] = [
  // Exact wordings found in provider replies, ahead of the broader patterns they would otherwise fall to.
  ...PROVIDER_CORPUS_RULES,
  ...VIRUS_RULES,
  ...BLOCKLIST_RULES,
  ...AUTHENTICATION_RULES,
  ...TRANSIENT_RULES,
  ...SENDER_RULES,
  ...MAILBOX_RULES,
  ...MOVED_RULES,
  ...DOMAIN_RULES,
  ...USER_UNKNOWN_RULES,
  ...SESSION_RULES,
  ...CONTENT_RULES,
  ...DELIVERY_RULES,
  ...POLICY_RULES,
]
