// Provider-specific rules, tried before the generic ones. One file per provider, listed here in the order they
// are tried (a provider's own wording is more specific than any server software's, so order among providers
// rarely matters).
import type { DiagnosisRule } from '../../schema.ts'

export const PROVIDER_RULES: readonly DiagnosisRule[] = []
