// The Vietnamese comparison page in real Chromium, served by the real Worker: the seed's labels and the facts.
import { expect, it } from 'vitest'
import { workerAndBrowser } from './worker-and-browser.ts'

const started = workerAndBrowser()

it('shows /vi/compare/252-vs-535 with the seed labels and the right classes, without any script', async () => {
  const context = await started.browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const cspViolations: string[] = []
  page.on('console', (m) => m.type() === 'error' && cspViolations.push(m.text()))
  const res = await page.goto(`${started.worker.url}/vi/compare/252-vs-535`)
  expect(res!.status()).toBe(200)
  expect(await page.getAttribute('html', 'lang')).toBe('vi')
  for (const label of ['Mô tả', 'Khi bạn thấy mã này', 'Cách khắc phục', 'Sự khác biệt chính', 'Khi nào dùng cái nào', 'Tìm hiểu thêm'])
    await expect.poll(() => page.getByText(label, { exact: true }).first().isVisible(), { message: label }).toBe(true)
  const card252 = page.locator('#code-252')
  const card535 = page.locator('#code-535')
  expect(await card252.innerText()).toContain('2xx')
  expect(await card535.innerText()).toContain('5xx')
  expect(await page.locator('main').innerText()).toContain('5.7.8')
  // The stylesheet loaded under the page's own CSP (style-src 'self').
  expect(await page.evaluate(() => document.styleSheets.length)).toBe(1)
  expect(cspViolations, cspViolations.join('\n')).toEqual([])
  await context.close()
})

it('fits a 320 px screen without horizontal scrolling', async () => {
  const page = await started.browser.newPage({ viewport: { width: 320, height: 640 } })
  await page.goto(`${started.worker.url}/compare/252-vs-535`)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await page.close()
})

it('starts each code card with its heading, with no empty band above it', async () => {
  const page = await started.browser.newPage()
  await page.goto(`${started.worker.url}/codes/535-5.7.8`)
  const gaps = await page.$$eval('article.code', (cards) =>
    cards.map((card) => {
      const h = card.querySelector('h2')!.getBoundingClientRect().top - card.getBoundingClientRect().top
      return Math.round(h - parseFloat(getComputedStyle(card).paddingTop))
    }),
  )
  expect(gaps.length).toBe(2)
  // The card's own padding is the space; the heading adds none of its own.
  for (const gap of gaps) expect(gap).toBeLessThanOrEqual(2)
  await page.close()
})
