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

/** sRGB colour of a computed value: Chromium gives rgb() for plain colours and color(srgb …) for color-mix(). */
function rgb(value: string): [number, number, number] {
  const nums = value.match(/[0-9.]+/g)!.map(Number)
  return value.startsWith('color(') ? [nums[0]! * 255, nums[1]! * 255, nums[2]! * 255] : [nums[0]!, nums[1]!, nums[2]!]
}
/** WCAG 2 contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c).map((v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>
  }
}
