// Every diagnosis rule, in the order the engine tries them: provider rules first (their wording is specific),
// then the generic rules from server software and RFCs, strongest signals first.
import type { DiagnosisRule } from '../types.ts'
import { GENERIC_RULES } from './generic/index.ts'
import { PROVIDER_RULES } from './providers/index.ts'

export const RULES: readonly DiagnosisRule[] = [...PROVIDER_RULES, ...GENERIC_RULES]
