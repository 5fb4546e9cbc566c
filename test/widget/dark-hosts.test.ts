// The card on a third-party page: dark sites, dark readers, failed requests, in the reader's language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WIDGET_LABELS } from '../../data/i18n/widget-labels.all.ts'
import { stubFetch, type Stub } from './fixtures.ts'
import { cleanup, contrast, mount, settled } from './helpers.ts'
import manifest from '../../custom-elements.json'
import { styles } from '../../widget/styles.ts'

let stub: Stub
beforeEach(() => {
  stub = stubFetch()
})
afterEach(() => {
  stub.restore()
  cleanup()
})

const colours = (root: ShadowRoot) => {
  const card = root.querySelector('[part~=card]')!
  const muted = root.querySelector('.muted')!
  const cell = root.querySelector('th, td')!
  return {
    bg: getComputedStyle(card).backgroundColor,
    fg: getComputedStyle(card).color,
    muted: getComputedStyle(muted).color,
    line: getComputedStyle(cell).borderTopColor,
  }
}

describe('on a dark host page', () => {
  it('is dark by default when the reader prefers dark, and theme="light" pins it light', async () => {
    const { commands } = await import('vitest/browser')
    await commands.emulateColorScheme('dark')
    try {
      const box = mount(
        '<smtp-code-compare a="252" b="535" eager></smtp-code-compare><smtp-code-compare a="252" b="535" eager theme="light"></smtp-code-compare>',
        'background: #0d0d0f; color: #eee',
      )
      const [auto, light] = await Promise.all([...box.children].map((c) => settled(c)))
      expect(colours(auto!).bg).toBe('rgb(27, 28, 31)')
      expect(colours(light!).bg).toBe('rgb(255, 255, 255)')
      const c = colours(auto!)
      expect(contrast(c.muted, c.bg)).toBeGreaterThanOrEqual(4.5)
    } finally {
      await commands.emulateColorScheme('light')
    }
  })

  it('a host that sets only --scc-bg and --scc-fg (as the README shows) gets readable titles and visible lines', async () => {
    const box = mount(
      '<smtp-code-compare a="252" b="535" eager style="--scc-bg: #101114; --scc-fg: #e8e8e8"></smtp-code-compare>',
      'background: #101114; color: #e8e8e8',
    )
    const c = colours(await settled(box.firstElementChild))
    expect(c.bg).toBe('rgb(16, 17, 20)')
    expect(contrast(c.fg, c.bg)).toBeGreaterThanOrEqual(7)
    // The titles beside the codes are .muted: grey #555 on near-black was 2.5:1 before.
    expect(contrast(c.muted, c.bg)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(c.line, c.bg)).toBeGreaterThanOrEqual(1.3)
  })

  it('still honours --scc-muted and --scc-border when a host sets them', async () => {
    const box = mount('<smtp-code-compare a="252" b="535" eager style="--scc-muted: rgb(1, 2, 3); --scc-border: rgb(4, 5, 6)"></smtp-code-compare>')
    const c = colours(await settled(box.firstElementChild))
    expect([c.muted, c.line]).toEqual(['rgb(1, 2, 3)', 'rgb(4, 5, 6)'])
  })
})

describe('a request that fails', () => {
  it("shows the reader's language, not the browser's 'Failed to fetch'", async () => {
    stub.restore()
    const real = globalThis.fetch
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    try {
      const box = mount('<smtp-code-compare a="252" b="535" eager lang="de"></smtp-code-compare><smtp-code code="550" eager></smtp-code>')
      const errors: CustomEvent[] = []
      box.addEventListener('smtp-code-error', (e) => errors.push(e as CustomEvent))
      const [de, en] = await Promise.all([...box.children].map((c) => settled(c)))
      const alert = (r: ShadowRoot) => r.querySelector('[role=alert]')!.textContent!.replace(/\s+/g, ' ')
      expect(alert(de!)).toContain(WIDGET_LABELS.de.unreachable)
      expect(alert(de!)).not.toContain('Failed to fetch')
      expect(alert(de!)).toContain(WIDGET_LABELS.de.openPage)
      // A single code links to its code page, not to a comparison.
      expect(alert(en!)).toContain('Open the code page')
      expect(alert(en!)).not.toContain('comparison')
      expect(en!.querySelector('[role=alert] a')!.getAttribute('href')).toMatch(/\/codes\/550$/)
      // The event still carries the browser's words for the host's own logs.
      expect(errors.map((e) => e.detail.message)).toEqual(['Failed to fetch', 'Failed to fetch'])
    } finally {
      globalThis.fetch = real
    }
  })
})

describe('theming is documented', () => {
  it('every custom property the styles read is in custom-elements.json', () => {
    const used = [...new Set(String(styles.cssText).match(/--scc-[a-z0-9-]+/g))].sort()
    type Decl = { tagName?: string; cssProperties?: Array<{ name: string }> }
    const decl = manifest.modules
      .flatMap((m: { declarations?: unknown[] }) => (m.declarations ?? []) as Decl[])
      .find((d) => d.tagName === 'smtp-code-compare')!
    expect(decl.cssProperties!.map((p) => p.name).sort()).toEqual(used)
    expect(used.length).toBeGreaterThanOrEqual(12)
  })
})
