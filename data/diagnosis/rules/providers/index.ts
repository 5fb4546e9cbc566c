// Provider and blocklist rules, tried before the generic ones: their wording is specific to one service. Files
// in this order; within a file, rules in order (the first match decides).
import type { DiagnosisRule } from '../../types.ts'
import { GOOGLE_RULES } from './google.ts'
import { MICROSOFT_RULES } from './microsoft.ts'
import { YAHOO_RULES } from './yahoo.ts'
import { ICLOUD_RULES } from './icloud.ts'
import { COMCAST_RULES } from './comcast.ts'
import { GMX_WEBDE_RULES } from './gmx-webde.ts'
import { ORANGE_RULES } from './orange.ts'
import { LAPOSTE_RULES } from './laposte.ts'
import { FREE_RULES } from './free.ts'
import { MAILRU_RULES } from './mailru.ts'
import { YANDEX_RULES } from './yandex.ts'
import { QQ_RULES } from './qq.ts'
import { ZOHO_RULES } from './zoho.ts'
import { GODADDY_RULES } from './godaddy.ts'
import { RACKSPACE_RULES } from './rackspace.ts'
import { PROOFPOINT_RULES } from './proofpoint.ts'
import { MIMECAST_RULES } from './mimecast.ts'
import { BARRACUDA_EMAIL_RULES } from './barracuda-email.ts'
import { CISCO_RULES } from './cisco.ts'
import { TRENDMICRO_RULES } from './trendmicro.ts'
import { SYMANTEC_RULES } from './symantec.ts'
import { TITAN_RULES } from './titan.ts'
import { IMPROVMX_RULES } from './improvmx.ts'
import { MXROUTE_RULES } from './mxroute.ts'
import { RAMBLER_RULES } from './rambler.ts'
import { TELEKOM_RULES } from './telekom.ts'
import { PROTON_RULES } from './proton.ts'
import { HOSTPOINT_RULES } from './hostpoint.ts'
import { EARTHLINK_RULES } from './earthlink.ts'
import { HORNETSECURITY_RULES } from './hornetsecurity.ts'
import { TRELLIX_RULES } from './trellix.ts'
import { AMAZON_SES_RULES } from './amazon-ses.ts'
import { ATT_RULES } from './att.ts'
import { NETEASE_RULES } from './netease.ts'
import { BLOCKLISTS_RULES } from './blocklists.ts'

export const PROVIDER_RULES: readonly DiagnosisRule[] = [
  ...GOOGLE_RULES,
  ...MICROSOFT_RULES,
  ...YAHOO_RULES,
  ...ICLOUD_RULES,
  ...COMCAST_RULES,
  ...GMX_WEBDE_RULES,
  ...ORANGE_RULES,
  ...LAPOSTE_RULES,
  ...FREE_RULES,
  ...MAILRU_RULES,
  ...YANDEX_RULES,
  ...QQ_RULES,
  ...ZOHO_RULES,
  ...GODADDY_RULES,
  ...RACKSPACE_RULES,
  ...PROOFPOINT_RULES,
  ...MIMECAST_RULES,
  ...BARRACUDA_EMAIL_RULES,
  ...CISCO_RULES,
  ...TRENDMICRO_RULES,
  ...SYMANTEC_RULES,
  ...TITAN_RULES,
  ...IMPROVMX_RULES,
  ...MXROUTE_RULES,
  ...RAMBLER_RULES,
  ...TELEKOM_RULES,
  ...PROTON_RULES,
  ...HOSTPOINT_RULES,
  ...EARTHLINK_RULES,
  ...HORNETSECURITY_RULES,
  ...TRELLIX_RULES,
  ...AMAZON_SES_RULES,
  ...ATT_RULES,
  ...NETEASE_RULES,
  ...BLOCKLISTS_RULES,
]
