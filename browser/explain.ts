// The /explain page's module: reads the paste in the browser with the same core code the Worker runs and renders the
// same components (worker/views/explain-views.tsx), so a bounce with people's addresses never leaves the machine.
// The form keeps working without it: it posts, and the Worker answers with the same table.
import { isLocale, DEFAULT_LOCALE } from '../data/i18n/locales.ts'
import { COPY_LABELS } from '../data/i18n/copy-labels.ts'
import { PAGE_LABELS } from '../data/i18n/page-labels.ts'
import { PASTE_MAX_BYTES, pasteBytes } from '../worker/api/limits.ts'
import { explainPaste, type PasteOutcome } from '../worker/core/explain-paste.ts'
import { redactOutcome } from '../worker/core/redact.ts'
import { useStandaloneCore } from '../worker/core/standalone.ts'
import { loadLanguagePack } from '../worker/language-packs.ts'
import { ExplainResults, resultsText } from '../worker/views/explain-views.tsx'

// The rule set by plain import, postal-mime from npm as a chunk of its own, fetched on the first whole message.
useStandaloneCore()

const form = document.getElementById('explain-form') as HTMLFormElement | null
const field = document.getElementById('reply') as HTMLTextAreaElement | null
const redact = document.getElementById('redact') as HTMLInputElement | null
const results = document.getElementById('explain-results')
const where = document.getElementById('explain-where')
const pageLang = document.documentElement.lang
const lang = isLocale(pageLang) ? pageLang : DEFAULT_LOCALE

const labels = { ...PAGE_LABELS[lang], ...COPY_LABELS[lang] }

/** The last answer, unredacted, so that ticking the box re-renders without reading the paste again. */
let last: PasteOutcome | 'too-large' | undefined
/** What the page shows now (redacted when the box is ticked): what "Copy as text" copies. */
let shown: PasteOutcome | undefined

// "Copy as text" exists only where this module runs: without JavaScript there is no button that would do nothing.
// A native button (Enter and Space work, it is in the tab order); the status line is a live region from the start,
// so that screen readers announce what it says once copying is done.
const copyBar = document.createElement('p')
copyBar.className = 'copy'
copyBar.hidden = true
const copyButton = document.createElement('button')
copyButton.type = 'button'
copyButton.id = 'explain-copy'
copyButton.textContent = labels.copyText
const copyStatus = document.createElement('span')
copyStatus.id = 'explain-copy-status'
copyStatus.setAttribute('role', 'status')
copyBar.append(copyButton, ' ', copyStatus)

async function copyResults(): Promise<void> {
  if (!shown) return
  copyStatus.textContent = ''
  try {
    await navigator.clipboard.writeText(resultsText(shown, lang))
    copyStatus.textContent = labels.copied
  } catch {
    // No clipboard here (an insecure origin, a denied permission): say so, the text is still on the page.
    copyStatus.textContent = labels.copyFailed
  }
}

function show(): void {
  if (!results || last === undefined) return
  const outcome = last !== 'too-large' && redact?.checked ? redactOutcome(last) : last
  // hono/jsx escapes every text and attribute, exactly as on the server.
  results.innerHTML = String(ExplainResults({ outcome, lang }))
  shown = outcome === 'too-large' ? undefined : outcome
  copyBar.hidden = shown === undefined
  copyStatus.textContent = ''
}

async function explain(): Promise<void> {
  const text = field?.value ?? ''
  if (text.trim() === '') {
    last = shown = undefined
    copyBar.hidden = true
    if (results) results.innerHTML = ''
    return
  }
  if (pasteBytes(text) > PASTE_MAX_BYTES) last = 'too-large'
  else {
    await loadLanguagePack(lang)
    last = await explainPaste(text, lang)
  }
  show()
}

if (form && field && results) {
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void explain()
  })
  redact?.addEventListener('change', show)
  results.before(copyBar)
  copyButton.addEventListener('click', () => void copyResults())
  if (where) {
    where.dataset.local = ''
    where.innerHTML = ''
    const note = document.createElement('small')
    note.textContent = labels.pasteLocal
    where.append(note)
  }
  // A page the Worker rendered from a POST already shows its answer; read it here too, so the box works on it.
  if (field.value.trim() !== '' && results.childElementCount > 0) void explain()
}
