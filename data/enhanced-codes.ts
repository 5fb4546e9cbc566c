// Enhanced status codes: every entry of the IANA "SMTP Enhanced Status Codes" registry (RFC 3463, RFC 5248
// and later additions), one file per group of subjects, in registry order.
import type { EnhancedCode } from './schema.ts'
import { CODES as ADDRESSING_MAILBOX_SYSTEM } from './enhanced/addressing-mailbox-system.ts'
import { CODES as NETWORK_PROTOCOL_CONTENT } from './enhanced/network-protocol-content.ts'
import { CODES as SECURITY_POLICY } from './enhanced/security-policy.ts'

export const ENHANCED_CODES: readonly EnhancedCode[] = [...ADDRESSING_MAILBOX_SYSTEM, ...NETWORK_PROTOCOL_CONTENT, ...SECURITY_POLICY]
