// Screenshots of the 252 vs 535 comparison page, English and Vietnamese, light and dark:
// docs/compare-{en,vi}-{light,dark}.png. Starts its own Worker on a free loopback port and stops it afterwards.
import { chromium } from 'playwright'
import { startWorker } from '../test/e2e/servers.ts'
import { CHROMIUM_LAUNCH } from '../test/support/chromium.mjs'

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '')
const worker = await startWorker(root)
const browser = await chromium.launch(CHROMIUM_LAUNCH)
try {
  for (const [lang, path] of [
    ['en', '/compare/252-vs-535'],
    ['vi', '/vi/compare/252-vs-535'],
  ]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, colorScheme: scheme })
      await page.goto(worker.url + path)
      await page.screenshot({ path: `${root}/docs/compare-${lang}-${scheme}.png`, fullPage: true })
      await page.close()
    }
  }
} finally {
  await browser.close()
  await worker.stop()
}
console.log('wrote docs/compare-{en,vi}-{light,dark}.png')
