// Proofpoint: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const PROOFPOINT_RULES: readonly DiagnosisRule[] = [
  {
    id: 'proofpoint-dynamic-reputation',
    reason: 'blocklisted',
    pattern: 'blocked using prs\\.proofpoint\\.com|\\bipcheck\\.proofpoint\\.com|\\bdnsbl-lookup\\.cgi',
    provider: 'proofpoint',
    source: {
      url: 'https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/110_logs/Common_Error_Codes_found_in_Message_Details',
      title: 'Proofpoint Essentials: common error codes',
    },
    examples: [
      '550 5.7.1 Service unavailable; client [x.xx.xx.xx] blocked using prs.proofpoint.com',
      '554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.44',
      '550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.242',
    ],
  },
  {
    id: 'proofpoint-marked-invalid',
    reason: 'user-unknown',
    pattern: 'User email address is marked as invalid',
    provider: 'proofpoint',
    source: {
      url: 'https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/110_logs/Common_Error_Codes_found_in_Message_Details',
      title: 'Proofpoint Essentials: common error codes',
    },
    examples: ['550 5.7.1 <email@example.com>: Recipient address rejected: User email address is marked as invalid.'],
  },
  {
    id: 'proofpoint-sender-domain-missing',
    reason: 'sender-rejected',
    pattern: 'Domain of sender address does not exist',
    provider: 'proofpoint',
    source: {
      url: 'https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/110_logs/Common_Error_Codes_found_in_Message_Details',
      title: 'Proofpoint Essentials: common error codes',
    },
    examples: ['550 5.1.8 Domain of sender address does not exist', '553 5.1.8 Domain of sender address does not exist'],
  },
]
