// Entry point of /widget.js and of `import 'smtp-code-compare/widget'`: defines both elements once.
import { SmtpCode } from './smtp-code.ts'
import { SmtpCodeCompare } from './smtp-code-compare.ts'

export { SmtpCode, SmtpCodeCompare }

if (!customElements.get('smtp-code-compare')) customElements.define('smtp-code-compare', SmtpCodeCompare)
if (!customElements.get('smtp-code')) customElements.define('smtp-code', SmtpCode)

declare global {
  interface HTMLElementTagNameMap {
    'smtp-code-compare': SmtpCodeCompare
    'smtp-code': SmtpCode
  }
}
