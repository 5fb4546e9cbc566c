// The widget from source (the package's export map points at the compiled dist-npm/, checked by scripts/check-package.mjs).
import '../../widget/index.ts'
import { clearCache } from '../../widget/api-client.ts'

export async function waitFor<T>(fn: () => T | undefined | null | false, timeout = 3000): Promise<T> {
  const start = performance.now()
  for (;;) {
    const v = fn()
    if (v) return v
    if (performance.now() - start > timeout) throw new Error(`waitFor timed out: ${fn.toString()}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

const sandboxes: HTMLElement[] = []

/** Puts markup in a fresh container (test-authored markup only). */
export function mount(markup: string, style = ''): HTMLElement {
  const box = document.createElement('div')
  box.setAttribute('style', style)
  box.innerHTML = markup
  document.body.append(box)
  sandboxes.push(box)
  return box
}

export function cleanup() {
  for (const b of sandboxes.splice(0)) b.remove()
  clearCache()
}

type Card = HTMLElement & { state: { s: string }; updateComplete: Promise<boolean> }

/** Resolves once the element has rendered its card or its error. */
export async function settled(el: Element | null): Promise<ShadowRoot> {
  const card = el as Card
  await waitFor(() => card.state.s === 'ok' || card.state.s === 'error')
  await card.updateComplete
  return card.shadowRoot!
}

export const text = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim())

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>
  }
}
