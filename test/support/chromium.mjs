// How every Chromium of the project starts: the widget tests (vitest.config.ts), the e2e tests and the benches.
// Plain JavaScript, so that bench scripts run by any Node can import it as they are.

/** The system's Chromium (`apt-get install -y chromium`); the README's set-up names the same path. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Headless, no sandbox (containers have no user namespaces for it), and none of the background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Playwright's `launch()` options. */
export const CHROMIUM_LAUNCH = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
