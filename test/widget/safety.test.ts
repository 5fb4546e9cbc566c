import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Comparison } from '../../worker/api/schemas.ts'
import { comparison, stubFetch, type Stub } from './fixtures.ts'
import { cleanup, mount, settled } from './helpers.ts'

const HOSTILE = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '"><svg onload="window.__pwned=1">']

declare global {
  interface Window {
    __pwned?: number
  }
}

let stub: Stub
beforeEach(() => {
  window.__pwned = undefined
})
afterEach(() => {
  stub.restore()
  cleanup()
})

function assertInert(root: ShadowRoot) {
  expect(root.querySelectorAll('img, script, svg, iframe, object').length).toBe(0)
  for (const a of root.querySelectorAll('a')) expect(a.protocol).toMatch(/^https?:$/)
}

it('renders hostile API strings as text and drops javascript: links', async () => {
  const evil = (s: string) => HOSTILE.join(s)
  stub = stubFetch((url) => {
    if (!url.pathname.startsWith('/v1/compare/')) return undefined
    const c: Comparison = comparison('252', '535')
    c.summary = evil(' ')
    c.a.title = HOSTILE[0]!
    c.b.fix.sender = HOSTILE[1]!
    c.aspects[0]!.label = HOSTILE[2]!
    c.aspects[0]!.a = HOSTILE[0]!
    c.note = { text: HOSTILE[1]!, references: [{ label: 'click', url: 'javascript:window.__pwned=1' }] }
    c.a.references = [
      { label: HOSTILE[0]!, url: 'JaVaScRiPt:window.__pwned=1' },
      { label: 'data', url: 'data:text/html,<script>1</script>' },
    ]
    c.page = 'javascript:window.__pwned=1'
    return c
  })
  const box = mount('<smtp-code-compare eager a="252" b="535"></smtp-code-compare>')
  const root = await settled(box.firstElementChild)
  root.querySelector('details')!.open = true
  await new Promise((r) => setTimeout(r, 100))
  assertInert(root)
  expect(root.querySelector('[part~=summary]')!.textContent).toBe(HOSTILE.join(' '))
  // The hostile reference labels are still shown, as plain text without a link.
  expect(root.textContent).toContain(HOSTILE[0])
  expect([...root.querySelectorAll('a')].map((a) => a.textContent)).not.toContain('click')
  expect(window.__pwned).toBeUndefined()
})

it('treats hostile attribute values as data, never markup or a script URL', async () => {
  stub = stubFetch()
  const el = document.createElement('smtp-code-compare')
  el.setAttribute('a', HOSTILE[0]!)
  el.setAttribute('b', HOSTILE[1]!)
  el.setAttribute('api', 'javascript:window.__pwned=1//')
  el.setAttribute('lang', HOSTILE[2]!)
  el.setAttribute('eager', '')
  mount('').append(el)
  const root = await settled(el)
  await new Promise((r) => setTimeout(r, 100))
  assertInert(root)
  // The codes travel URL-encoded to the default API origin, never to the javascript: "api".
  expect(stub.calls).toHaveLength(1)
  expect(stub.calls[0]!.origin).toBe(location.origin)
  expect(stub.calls[0]!.searchParams.get('lang')).toBe('en')
  expect(window.__pwned).toBeUndefined()
})
