// The real Worker (wrangler dev, offline) and one Chromium, started before a test file's tests and stopped after
// them: what every browser test in this folder needs, declared once.
import { afterAll, beforeAll } from 'vitest'
import { chromium, type Browser } from 'playwright'
import { CHROMIUM_LAUNCH } from '../support/chromium.mjs'
import { startWorker, type Running } from './servers.ts'

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '')

/** Registers the start and the stop with the calling file's hooks; the fields are set once beforeAll has run. */
export function workerAndBrowser(): { worker: Running; browser: Browser } {
  const started = {} as { worker: Running; browser: Browser }
  beforeAll(async () => {
    ;[started.worker, started.browser] = await Promise.all([startWorker(root), chromium.launch(CHROMIUM_LAUNCH)])
  }, 50_000)
  afterAll(async () => {
    await started.browser?.close()
    await started.worker?.stop()
  })
  return started
}
