import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WIDGET_LABELS } from '../../data/i18n/widget-labels.all.ts'
import { comparison } from './fixtures.ts'
import { stubFetch, type Stub } from './fixtures.ts'
import { cleanup, mount, settled, text, waitFor } from './helpers.ts'

let stub: Stub
beforeEach(() => {
  stub = stubFetch()
})
afterEach(() => {
  stub.restore()
  cleanup()
})

describe('<smtp-code-compare>', () => {
  it('renders both codes, badges, summary, aspect table, note and fixes', async () => {
    const box = mount('<smtp-code-compare a="252" b="535" eager><a href="/compare/252-vs-535">252 vs 535</a></smtp-code-compare>')
    const root = await settled(box.firstElementChild)
    const expected = comparison('252', '535')
    expect(text(root, '[role=heading]')).toEqual(['252 Title of 252', '535 Title of 535'])
    expect(text(root, '[part~=badge]')).toEqual(['Class 2 · Positive Completion', 'Class 5 · Permanent Negative Completion'])
    expect(root.querySelector('[part~=badge]')!.className).toBe('c2')
    expect(text(root, '[part~=summary]')).toEqual(['252 and 535 differ'])
    const rows = [...root.querySelectorAll('table[part~=table] tbody tr')]
    expect(rows).toHaveLength(expected.aspects.length)
    expect(rows.map((r) => text(r, 'th[scope=row]')[0])).toEqual(['Class differs', 'Stage differs', 'Kind shared'])
    expect(text(rows[1]!, 'td')).toEqual(['rcpt', 'auth'])
    expect(rows[2]!.className).toBe('shared')
    expect(text(rows[2]!, '.tag')).toEqual(['shared'])
    expect(text(rows[0]!, '.tag')).toEqual(['differs'])
    expect(text(root, 'thead th[scope=col]')).toEqual(['Aspect', '252', '535'])
    expect(text(root, '[part~=note]')).toEqual(['Note: Curated note on 252 and 535'])
    expect(text(root, '[part~=fix] p')).toEqual(['Sender fix for 252', 'Admin fix for 252', 'Sender fix for 535', 'Admin fix for 535'])
    // The timeline says in words where each code arises.
    expect(text(root, '[part~=timeline] li.hit')).toEqual(['AUTH: 535 (arises here)', 'RCPT: 252 (arises here)'])
    expect(stub.calls.map((u) => u.pathname + u.search)).toEqual(['/v1/compare/252/535?lang=en'])
  })

  it('keeps the detail collapsed until toggled from the keyboard', async () => {
    const box = mount('<smtp-code-compare a="252" b="535" eager></smtp-code-compare>')
    const root = await settled(box.firstElementChild)
    const details = root.querySelector('details')!
    expect(details.open).toBe(false)
    const summary = root.querySelector('summary')!
    summary.focus()
    expect(root.activeElement).toBe(summary)
    const { userEvent } = await import('vitest/browser')
    await userEvent.keyboard('{Enter}')
    expect(details.open).toBe(true)
  })

  it('refetches and re-renders when a code attribute changes, re-renders labels when lang changes', async () => {
    const box = mount('<smtp-code-compare a="252" b="535" eager></smtp-code-compare>')
    const el = box.firstElementChild as HTMLElement
    let root = await settled(el)
    el.setAttribute('b', '550')
    await waitFor(() => text(root, '[part~=summary]')[0] === '252 and 550 differ')
    expect(stub.calls.map((u) => u.pathname)).toEqual(['/v1/compare/252/535', '/v1/compare/252/550'])
    el.setAttribute('lang', 'vi')
    await waitFor(() => text(root, 'thead th')[0] === WIDGET_LABELS.vi.aspect)
    expect(stub.calls.at(-1)!.searchParams.get('lang')).toBe('vi')
    root = el.shadowRoot!
    expect(text(root, 'summary')).toEqual(['Chi tiết'])
    ;(el as HTMLElement & { lang: string }).lang = 'ja'
    await waitFor(() => text(root, 'summary')[0] === WIDGET_LABELS.ja.details)
    expect(stub.calls.at(-1)!.searchParams.get('lang')).toBe('ja')
  })

  it('follows a lang change on an ancestor or on the page, fetching the answer in the new language', async () => {
    const box = mount('<div lang="en"><smtp-code-compare a="252" b="535" eager></smtp-code-compare></div>')
    const wrapper = box.firstElementChild as HTMLElement
    const root = await settled(wrapper.querySelector('smtp-code-compare'))
    expect(text(root, 'summary')).toEqual([WIDGET_LABELS.en.details])
    wrapper.setAttribute('lang', 'vi')
    await waitFor(() => text(root, 'summary')[0] === WIDGET_LABELS.vi.details)
    expect(stub.calls.at(-1)!.searchParams.get('lang')).toBe('vi')
    // With no lang of its own up the tree, the card follows <html lang>.
    const before = document.documentElement.lang
    try {
      wrapper.removeAttribute('lang')
      document.documentElement.lang = 'de'
      await waitFor(() => text(root, 'summary')[0] === WIDGET_LABELS.de.details)
      expect(stub.calls.at(-1)!.searchParams.get('lang')).toBe('de')
    } finally {
      document.documentElement.lang = before
    }
  })

  it('takes its language from the closest [lang] ancestor', async () => {
    const box = mount('<div lang="de-AT"><smtp-code-compare a="421" b="450" eager></smtp-code-compare></div>')
    const root = await settled(box.querySelector('smtp-code-compare'))
    expect(text(root, 'summary')).toEqual(['Details'])
    expect(text(root, 'thead th')[0]).toBe('Aspekt')
    expect(stub.calls[0]!.searchParams.get('lang')).toBe('de')
  })

  it('has a light and a dark theme, and theming properties override them', async () => {
    const box = mount(
      '<smtp-code-compare a="252" b="535" eager></smtp-code-compare><smtp-code-compare a="252" b="535" eager theme="dark"></smtp-code-compare>' +
        '<smtp-code-compare a="252" b="535" eager style="--scc-bg: rgb(1, 2, 3)"></smtp-code-compare>',
    )
    const [light, dark, custom] = await Promise.all([...box.children].map((c) => settled(c)))
    const bg = (r: ShadowRoot) => getComputedStyle(r.querySelector('[part~=card]')!).backgroundColor
    const fg = (r: ShadowRoot) => getComputedStyle(r.querySelector('[part~=card]')!).color
    expect(bg(light!)).toBe('rgb(255, 255, 255)')
    expect(bg(dark!)).toBe('rgb(27, 28, 31)')
    expect(fg(dark!)).toBe('rgb(236, 236, 236)')
    expect(bg(custom!)).toBe('rgb(1, 2, 3)')
  })

  it('theme="auto" follows prefers-color-scheme', async () => {
    const { commands } = await import('vitest/browser')
    const box = mount('<smtp-code-compare a="252" b="535" eager theme="auto"></smtp-code-compare>')
    const root = await settled(box.firstElementChild)
    const bg = () => getComputedStyle(root.querySelector('[part~=card]')!).backgroundColor
    await commands.emulateColorScheme('light')
    expect(bg()).toBe('rgb(255, 255, 255)')
    await commands.emulateColorScheme('dark')
    try {
      expect(bg()).toBe('rgb(27, 28, 31)')
    } finally {
      await commands.emulateColorScheme('light')
    }
  })

  it('calls the API named by the api attribute', async () => {
    const box = mount('<smtp-code-compare a="252" b="535" eager api="https://api.example.test/smtp"></smtp-code-compare>')
    await settled(box.firstElementChild)
    expect(stub.calls.map(String)).toEqual(['https://api.example.test/smtp/v1/compare/252/535?lang=en'])
  })

  it('shows the light-DOM fallback while loading, then an error with a link to the page', async () => {
    stub.restore()
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    stub = stubFetch()
    const inner = globalThis.fetch
    globalThis.fetch = (async (i: RequestInfo | URL) => {
      await gate
      return inner(i)
    }) as typeof fetch
    const box = mount('<smtp-code-compare a="252" b="599" eager><a href="/compare/252-vs-599">252 vs 599</a></smtp-code-compare>')
    const el = box.firstElementChild as HTMLElement
    const errors: CustomEvent[] = []
    box.addEventListener('smtp-code-error', (e) => errors.push(e as CustomEvent))
    await waitFor(() => el.shadowRoot?.querySelector('slot'))
    const slot = el.shadowRoot!.querySelector('slot')!
    expect(slot.assignedElements().map((a) => a.textContent)).toEqual(['252 vs 599'])
    expect((el.querySelector('a') as HTMLElement).offsetWidth).toBeGreaterThan(0)
    release()
    const root = await settled(el)
    expect(root.querySelector('slot')).toBeNull()
    expect(root.querySelector('[role=alert]')!.textContent).toContain('Could not load this SMTP code.')
    expect(root.querySelector('[role=alert]')!.textContent).toContain('599 is not an assigned SMTP reply code.')
    expect(root.querySelector<HTMLAnchorElement>('[role=alert] a')!.href).toBe(new URL('/compare/252-vs-599', location.href).href)
    expect(errors).toHaveLength(1)
    expect(errors[0]!.detail).toMatchObject({ status: 404, problem: { status: 404 } })
    expect(errors[0]!.composed && errors[0]!.bubbles).toBe(true)
  })

  it('says what is missing when an attribute is absent, without a request', async () => {
    const box = mount('<smtp-code-compare a="252" eager></smtp-code-compare>')
    const root = await settled(box.firstElementChild)
    expect(root.querySelector('[role=alert]')!.textContent).toContain('Set both the a and b attributes')
    expect(stub.calls).toHaveLength(0)
  })

  it('fires smtp-code-loaded with the response, bubbling out of the shadow tree', async () => {
    const box = mount('<smtp-code-compare a="450" b="550" eager></smtp-code-compare>')
    const got = new Promise<CustomEvent>((r) => document.addEventListener('smtp-code-loaded', (e) => r(e as CustomEvent), { once: true }))
    await settled(box.firstElementChild)
    const ev = await got
    expect(ev.detail).toEqual(comparison('450', '550'))
  })

  it('compact keeps the aspect table inside the collapsed detail', async () => {
    const box = mount('<smtp-code-compare a="252" b="535" eager compact></smtp-code-compare>')
    const el = box.firstElementChild as HTMLElement
    const root = await settled(el)
    expect(root.querySelector('details table')).not.toBeNull()
    expect(root.querySelector('table')!.checkVisibility()).toBe(false)
    el.removeAttribute('compact')
    await waitFor(() => root.querySelector('article > .scroll table'))
    expect(root.querySelector('details table')).toBeNull()
  })

  it('fits a 320 px column without horizontal overflow of the card', async () => {
    const box = mount('<smtp-code-compare a="252" b="535" eager></smtp-code-compare>', 'width:320px')
    const root = await settled(box.firstElementChild)
    root.querySelector('details')!.open = true
    const card = root.querySelector<HTMLElement>('[part~=card]')!
    expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(320)
    expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth)
    const headers = [...root.querySelectorAll<HTMLElement>('.code')]
    // Narrow: the two codes stack instead of squeezing side by side.
    expect(headers[1]!.getBoundingClientRect().top).toBeGreaterThan(headers[0]!.getBoundingClientRect().top)
    box.style.width = '900px'
    await new Promise((r) => requestAnimationFrame(r))
    expect(headers[1]!.getBoundingClientRect().top).toBe(headers[0]!.getBoundingClientRect().top)
  })
})

describe('<smtp-code>', () => {
  it('renders a basic code with its enhanced code', async () => {
    const box = mount('<smtp-code code="535 5.7.8" eager heading-level="2"></smtp-code>')
    const root = await settled(box.firstElementChild)
    expect(text(root, '[role=heading][aria-level="2"]')).toEqual(['535 Title of 535', '5.7.8 Title of 5.7.8'])
    expect(text(root, '[part~=summary]')).toEqual(['Summary of 535', 'Summary of 5.7.8'])
    expect(stub.calls.map((u) => u.pathname)).toEqual(['/v1/codes/535-5.7.8'])
  })

  it('links to its code page, as a comparison links to its comparison page', async () => {
    const box = mount('<smtp-code code="535 5.7.8" eager api="https://smtp.example/"></smtp-code>')
    const root = await settled(box.firstElementChild)
    const link = root.querySelector<HTMLAnchorElement>('details p > a[href]')!
    expect(link.textContent).toBe('Open the code page')
    expect(link.href).toBe('https://smtp.example/codes/535-5.7.8')
  })

  it('lists a reference both codes cite once', async () => {
    // The fixtures give 535 and 5.7.8 the same RFC section, as the catalog gives 535 and 5.7.8 RFC 4954 §6.
    const box = mount('<smtp-code code="535 5.7.8" eager></smtp-code>')
    const root = await settled(box.firstElementChild)
    expect(text(root, 'details ul li')).toEqual(['RFC 5321 §4.2.3'])
  })
})
