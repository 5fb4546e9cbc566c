// Screenshots of /demo in light and dark colour schemes: docs/demo-light.png and docs/demo-dark.png.
// Starts its own Worker on a free loopback port and stops it afterwards.
import { chromium } from 'playwright'
import { startWorker } from '../test/e2e/servers.ts'
import { CHROMIUM_LAUNCH } from '../test/support/chromium.mjs'

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '')
const worker = await startWorker(root)
const browser = await chromium.launch(CHROMIUM_LAUNCH)
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: scheme })
    await page.goto(`${worker.url}/demo`)
    await page.waitForFunction(() =>
      [...document.querySelectorAll('smtp-code-compare, smtp-code')].every((el) => el.shadowRoot?.querySelector('[part~=card]')),
    )
    await page.screenshot({ path: `${root}/docs/demo-${scheme}.png`, fullPage: true })
    await page.close()
  }
} finally {
  await browser.close()
  await worker.stop()
}
console.log('wrote docs/demo-light.png and docs/demo-dark.png')
