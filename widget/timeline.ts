// The SMTP session as an ordered list, each step saying in text which code arises there, so the marking does
// not depend on colour alone.
import { html } from 'lit'
import type { CodeEntry } from '../worker/api/schemas.ts'

const STEPS = [
  ['greeting', 'greeting'],
  ['ehlo', 'EHLO'],
  ['starttls', 'STARTTLS'],
  ['auth', 'AUTH'],
  ['mail', 'MAIL'],
  ['rcpt', 'RCPT'],
  ['data', 'DATA'],
  ['end-of-data', 'end of data'],
] as const

export function timeline(entries: CodeEntry[], label: string, arises: string) {
  return html`<ol part="timeline" aria-label=${label}>
    ${STEPS.map(([stage, name]) => {
      // "any" means any command can draw it, so every step is marked.
      const hits = entries.filter((e) => e.stages.includes(stage) || e.stages.includes('any')).map((e) => e.code)
      return html`<li class=${hits.length ? 'hit' : ''}>
        ${name}${hits.length ? html`: <span>${hits.join(', ')}</span> <span class="muted">(${arises})</span>` : ''}
      </li>`
    })}
  </ol>`
}
