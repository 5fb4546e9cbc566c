// /explain in real Chromium against the real Worker (wrangler dev), with a real Postfix DSN from the loopback corpus:
// with JavaScript the page reads the paste itself and no request carries it; without, the form posts and the Worker
// renders the same table.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import type { Page } from 'playwright'
import { root, workerAndBrowser } from './worker-and-browser.ts'

const dsn = readFileSync(`${root}/test/corpus/loopback/postfix/multi-recipient.eml`, 'utf8')
const log = readFileSync(`${root}/test/corpus/loopback/postfix/mail.log`, 'utf8')
const expected = [
  ['nouser@postfix.test', 'user-unknown'],
  ['nouser@exim.test', 'user-unknown'],
  ['nouser@sendmail.test', 'user-unknown'],
]

const started = workerAndBrowser()

interface Seen {
  method: string
  url: string
  body: string
}

/** Every request the page makes, with its body, and every console error (a CSP violation is one). */
function record(page: Page): { requests: Seen[]; errors: string[] } {
  const requests: Seen[] = []
  const errors: string[] = []
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postDataBuffer()?.toString('latin1') ?? '' }))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(String(e)))
  return { requests, errors }
}

const rowsOf = (page: Page) =>
  page.$$eval('table.recipients tbody tr', (trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!, tr.getAttribute('data-reason')!]))

/** Pieces of the paste that would show it left the browser: every address and the DSN's distinctive lines. */
const pieces = [
  'nouser',
  'multi-recipient',
  'Final-Recipient',
  'Unrouteable',
  encodeURIComponent('nouser@postfix.test'),
  'nouser%40',
  Buffer.from('nouser@postfix.test').toString('base64').slice(0, 16),
]

let localResults = ''

it('with JavaScript: reads the DSN in the browser, shows the table and summary, and no request carries the paste', async () => {
  const context = await started.browser.newContext()
  const page = await context.newPage()
  const { requests, errors } = record(page)
  await page.goto(`${started.worker.url}/explain`)
  // The module has loaded (under the page's own CSP) once the note says the paste stays here.
  await page.waitForSelector('#explain-where[data-local]')
  expect(await page.textContent('#explain-where')).toBe('Read in your browser: what you paste is not sent anywhere.')
  const before = requests.length
  await page.fill('#reply', dsn)
  await page.click('button[type=submit]')
  await page.waitForSelector('table.recipients tbody tr')
  expect(await rowsOf(page)).toEqual(expected)
  expect(await page.textContent('table.reasons caption')).toBe('Recipients by reason')
  expect(await page.$$eval('table.reasons tbody tr td', (tds) => tds.map((td) => td.textContent))).toEqual(['3', '100%'])
  expect(await page.$$eval('table.domains tbody th', (ths) => ths.map((th) => th.textContent))).toEqual([
    'exim.test',
    'postfix.test',
    'sendmail.test',
  ])
  // A row opens to the reply and its steps.
  await page.click('table.recipients tbody tr:nth-child(3) summary')
  expect(await page.textContent('table.recipients tbody tr:nth-child(3) details blockquote')).toContain('User unknown')
  expect(await page.$$eval('table.recipients tbody tr:nth-child(3) details ol li', (li) => li.length)).toBeGreaterThan(0)
  // The redaction box re-renders what is shown, still without a request.
  await page.check('#redact')
  expect((await rowsOf(page)).map((r) => r[0])).toEqual(['…@postfix.test', '…@exim.test', '…@sendmail.test'])
  expect(await page.textContent('#explain-results')).not.toContain('nouser@')
  await page.uncheck('#redact')
  localResults = await page.innerText('#explain-results')

  expect(page.url()).toBe(`${started.worker.url}/explain`)
  // After the paste, only the module's own chunks (postal-mime, on the first whole message) are fetched: plain GETs
  // of static files whose names are content hashes.
  for (const r of requests.slice(before))
    expect(`${r.method} ${new URL(r.url).pathname}${new URL(r.url).search} ${r.body}`).toMatch(/^GET \/explain-[a-z-]+-[A-Z0-9]+\.js $/)
  for (const r of requests) {
    expect(r.method, r.url).toBe('GET')
    for (const p of pieces) expect(`${r.url} ${r.body}`, r.url).not.toContain(p)
  }
  // What the page did load: the page, its stylesheet and its module, all from this origin.
  expect(requests.map((r) => new URL(r.url).origin).every((o) => o === started.worker.url)).toBe(true)
  expect(requests.some((r) => /\/explain\.[A-Z0-9]+\.js$/.test(r.url))).toBe(true)
  expect(errors, errors.join('\n')).toEqual([])
  await context.close()
})

it('with JavaScript: "Copy as text" copies the recipients as the page shows them, redacted when the box is ticked', async () => {
  const context = await started.browser.newContext()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: started.worker.url })
  const page = await context.newPage()
  const { requests, errors } = record(page)
  await page.goto(`${started.worker.url}/explain`)
  await page.waitForSelector('#explain-where[data-local]')
  // Nothing to copy yet: the button is not shown.
  expect(await page.isVisible('#explain-copy')).toBe(false)
  await page.fill('#reply', dsn)
  await page.check('#redact')
  await page.click('button[type=submit]')
  await page.waitForSelector('table.recipients tbody tr')
  // By keyboard alone: the button follows the form's own button in the tab order, and Enter presses it.
  await page.focus('button[type=submit]')
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('explain-copy')
  expect(await page.textContent('#explain-copy')).toBe('Copy as text')
  expect(await page.getAttribute('#explain-copy-status', 'role')).toBe('status')
  await page.keyboard.press('Enter')
  await expect.poll(() => page.textContent('#explain-copy-status')).toBe('The results were copied as text.')
  const redacted = await page.evaluate(() => navigator.clipboard.readText())
  expect(redacted).toMatch(/^Bounce message · Recipients: 3\n/)
  expect(redacted).toContain('Recipients by reason:\n  The address does not exist: 3 (100%)')
  for (const domain of ['postfix.test', 'exim.test', 'sendmail.test']) expect(redacted).toContain(`. …@${domain}\n`)
  expect(redacted).toContain('   Reason: The address does not exist')
  // No address, nor an IP address (Postfix's own words, 'unknown user: "nouser"', name no address and stay, as on the page).
  expect(redacted).not.toContain('nouser@')
  expect(redacted).toContain('Message-ID: <…@')
  expect(redacted).not.toMatch(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/)
  // Unticked, the same button copies the addresses as they are.
  await page.uncheck('#redact')
  expect(await page.textContent('#explain-copy-status')).toBe('')
  await page.click('#explain-copy')
  await expect.poll(() => page.textContent('#explain-copy-status')).toBe('The results were copied as text.')
  const plain = await page.evaluate(() => navigator.clipboard.readText())
  expect(plain).toContain('1. nouser@postfix.test\n   Outcome: Failed\n   Status code: 5.1.1')
  // Where the browser refuses, the status says so instead of pretending.
  await page.evaluate(() =>
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true }),
  )
  await page.click('#explain-copy')
  await expect.poll(() => page.textContent('#explain-copy-status')).toMatch(/^The browser did not allow copying/)
  // Copying sent nothing anywhere.
  for (const r of requests) expect(r.method, r.url).toBe('GET')
  expect(errors, errors.join('\n')).toEqual([])
  await context.close()
})

it('with JavaScript in Vietnamese: a mail log, its language chunk loaded from this origin, nothing posted', async () => {
  const context = await started.browser.newContext()
  const page = await context.newPage()
  const { requests, errors } = record(page)
  await page.goto(`${started.worker.url}/vi/explain`)
  await page.waitForSelector('#explain-where[data-local]')
  await page.fill('#reply', log)
  await page.click('button[type=submit]')
  await page.waitForSelector('table.recipients tbody tr')
  expect(await page.textContent('table.reasons caption')).toBe('Người nhận theo lý do')
  expect(await page.textContent('#explain-results h2')).toMatch(/^Nhật ký thư · Người nhận: \d+$/)
  expect(await page.textContent('#explain-copy')).toBe('Sao chép dạng văn bản')
  expect(requests.every((r) => r.method === 'GET')).toBe(true)
  expect(requests.some((r) => /\/explain-vi-[A-Z0-9]+\.js$/.test(r.url))).toBe(true)
  expect(errors, errors.join('\n')).toEqual([])
  await context.close()
})

it('without JavaScript: the form posts and the Worker renders the same table', async () => {
  const context = await started.browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const { requests } = record(page)
  await page.goto(`${started.worker.url}/explain`)
  expect(await page.textContent('#explain-where')).toContain('Without JavaScript, the form sends your text to this site')
  await page.fill('#reply', dsn)
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')])
  const posted = requests.filter((r) => r.method === 'POST')
  expect(posted).toHaveLength(1)
  // Sent in the body, never in the URL.
  expect(posted[0]!.url).toBe(`${started.worker.url}/explain`)
  expect(posted[0]!.body).toContain('nouser@postfix.test')
  expect(await rowsOf(page)).toEqual(expected)
  // No button that needs JavaScript to work.
  expect(await page.$$('#explain-copy')).toHaveLength(0)
  // The very same components rendered on either side show the very same text.
  expect(await page.innerText('#explain-results')).toBe(localResults)
  await context.close()
})
