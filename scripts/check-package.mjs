// The npm package as a user gets it: `npm pack` (which builds dist-npm/ through prepack), the tarball installed
// in a throwaway directory, then the CLI and the library driven from there on the system's Node (20 or newer),
// and the declarations type-checked from a consumer's project. Run by .ci/run and the CI workflow; exits 1 on the
// first failed check, naming it.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { gzipSync } from 'node:zlib'

const root = new URL('..', import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), 'scc-package-'))
const app = join(work, 'app')
let passed = 0

// The system's Node, not the project's node@24 devDependency that npm scripts put first on PATH.
const PATH = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((p) => !p.includes(`${root}node_modules`))
  .join(delimiter)
const env = { ...process.env, PATH, NO_COLOR: '1', npm_config_update_notifier: 'false' }
delete env.FORCE_COLOR

function check(name, ok, detail = '') {
  if (!ok) {
    console.error(`check-package: FAILED ${name}${detail ? `\n${detail}` : ''}`)
    process.exit(1)
  }
  passed++
  console.log(`check-package: ok ${name}`)
}

function sh(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: app, env, encoding: 'utf8', maxBuffer: 64 << 20, ...options })
  if (r.error) throw r.error
  return r
}

const cliRun = (args, input) => sh('npx', ['--no-install', 'smtp-code-compare', ...args], { input })
const nodeRun = (code) => sh('node', ['--input-type=module', '-e', code])

try {
  // 1. Pack from the work tree as it is (prepack builds), and look inside the tarball.
  // prepack's own output comes first on stdout; npm's JSON report is the last thing printed.
  const packOut = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const packed = JSON.parse(packOut.slice(packOut.search(/^\[$/m)))
  const tarball = join(work, packed[0].filename)
  const files = packed[0].files.map((f) => f.path)
  check(
    'the tarball ships no TypeScript sources',
    files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).length === 0,
    files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).join('\n'),
  )
  check(
    'the tarball has the CLI, the library, the widget, its CDN copy and custom-elements.json',
    [
      'dist-npm/cli/main.js',
      'dist-npm/worker/core/index.js',
      'dist-npm/worker/core/index.d.ts',
      'dist-npm/widget/index.js',
      'dist-npm/widget/index.d.ts',
      'dist-npm/cdn/widget.js',
      'dist-npm/custom-elements.json',
    ].every((f) => files.includes(f)),
  )
  check('the tarball ships one custom-elements.json, the compiled one', !files.includes('custom-elements.json'))
  const cdn = readFileSync(join(root, 'dist-npm/cdn/widget.js'), 'utf8')
  check('the CDN widget is self-contained (no bare imports)', !/\bfrom\s*["'][^."'/]/.test(cdn) && !/\bimport\s*["'][^."'/]/.test(cdn))
  // Every chunk the CDN copy imports, and every chunk those import (the reply card loads its own), is shipped.
  const missing = []
  const seen = new Set()
  for (const queue = ['widget.js']; queue.length; ) {
    const name = queue.pop()
    if (seen.has(name)) continue
    seen.add(name)
    if (!files.includes(`dist-npm/cdn/${name}`)) missing.push(name)
    else for (const m of readFileSync(join(root, 'dist-npm/cdn', name), 'utf8').matchAll(/["']\.\/(widget-[^"']+\.js)["']/g)) queue.push(m[1])
  }
  check(`the CDN widget's ${seen.size - 1} chunks are all in the tarball`, missing.length === 0 && seen.size > 12, missing.join('\n'))

  // 2. Install it where nothing of the repository is around.
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scc-consumer', private: true, type: 'module' }))
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { stdio: 'inherit' })
  const nodeVersion = sh('node', ['--version']).stdout.trim()
  console.log(`check-package: installed ${packed[0].filename}; running on Node ${nodeVersion}`)
  check('Node is 20 or newer', Number(nodeVersion.slice(1).split('.')[0]) >= 20)

  // 3. The CLI.
  const lookup = cliRun(['535'])
  check('npx smtp-code-compare 535 mentions 5.7.8', lookup.status === 0 && lookup.stdout.includes('5.7.8'), lookup.stdout + lookup.stderr)
  const json = cliRun(['compare', '252', '535', '--json'])
  check('compare --json prints the API comparison', json.status === 0 && JSON.parse(json.stdout).page === '/compare/252-vs-535', json.stderr)
  const reply = cliRun(['explain', '-'], '550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown\n')
  check('explain - reads a reply from standard input', reply.status === 0 && reply.stdout.startsWith('550 5.1.1:'), reply.stdout + reply.stderr)
  const eml = cliRun(['explain', '-', '--json'], readFileSync(join(root, 'test/core/fixtures/bounces/postfix.eml')))
  const emlBody = eml.status === 0 ? JSON.parse(eml.stdout) : {}
  check(
    'explain - --json on a bounce .eml gives its recipients',
    emlBody.kind === 'message' && emlBody.recipients?.length > 0 && emlBody.recipients.every((r) => r.recipient && r.action),
    eml.stdout.slice(0, 500) + eml.stderr,
  )
  const postfixLog = join(root, 'test/corpus/loopback/postfix/mail.log')
  // Each bounced and deferred line, and where a message is returned as expired, each of its recipients still deferred.
  const wanted = []
  const deferred = new Map()
  for (const l of readFileSync(postfixLog, 'utf8').split('\n')) {
    const m = /: (\w+): to=<([^>]+)>,.* status=(bounced|deferred|expired|sent) /.exec(l)
    if (m) {
      const [, queueId, recipient, status] = m
      if (status !== 'sent') wanted.push(`${recipient} ${status === 'deferred' ? 'delayed' : 'failed'}`)
      const q = deferred.get(queueId) ?? new Set()
      if (status === 'deferred') q.add(recipient)
      else q.delete(recipient)
      deferred.set(queueId, q)
    }
    const expired = /: (\w+): from=<[^>]*>, status=expired, returned to sender$/.exec(l)
    if (expired) {
      for (const recipient of deferred.get(expired[1]) ?? []) wanted.push(`${recipient} failed`)
      deferred.delete(expired[1])
    }
  }
  const rep = cliRun(['report', '--json', postfixLog])
  const repBody = rep.status === 0 ? JSON.parse(rep.stdout) : {}
  check(
    `report --json on a real Postfix log lists its ${wanted.length} bounced and deferred recipients`,
    wanted.length > 0 && JSON.stringify(repBody.recipients?.map((r) => `${r.recipient} ${r.action}`)) === JSON.stringify(wanted),
    rep.stdout.slice(0, 300) + rep.stderr,
  )
  check(
    'report --json ends with the API summary of those recipients',
    repBody.summary?.recipients === wanted.length &&
      repBody.summary.byAction.failed + repBody.summary.byAction.delayed === wanted.length &&
      Object.values(repBody.summary.byReason).reduce((a, b) => a + b, 0) === wanted.length,
    JSON.stringify(repBody.summary ?? {}).slice(0, 300),
  )
  const repText = cliRun(['report', '-'], gzipSync(readFileSync(postfixLog)))
  const failedCount = wanted.filter((w) => w.endsWith(' failed')).length
  check(
    'report - reads a gzipped log from standard input and counts the same bounced and deferred deliveries',
    repText.status === 0 &&
      repText.stdout.includes(`${wanted.length - failedCount} deferred, ${failedCount} bounced`) &&
      /Bounced, by reason/.test(repText.stdout),
    repText.stdout.slice(0, 300) + repText.stderr,
  )
  const none = cliRun(['explain', 'nothing to see'])
  check('explain exits 1 without a reply code', none.status === 1)
  const bad = cliRun(['--lang', 'xx', '535'])
  check('bad usage exits 2', bad.status === 2)

  // 4. The library.
  const lib = nodeRun(`import { lookup, compare, explain, SmtpCodeError } from 'smtp-code-compare'
const l = lookup('535 5.7.8'); const c = compare('252', '535'); const x = await explain('421 4.7.0 Try again later')
let status; try { lookup('599') } catch (e) { status = e instanceof SmtpCodeError && e.status }
console.log(JSON.stringify({ l: l.entries.map((e) => e.code), c: c.page, x: x.retry.advice, status }))`)
  check(
    'import { lookup, compare, explain } from the package',
    lib.status === 0 && lib.stdout.trim() === JSON.stringify({ l: ['535', '5.7.8'], c: '/compare/252-vs-535', x: 'retry-later', status: 404 }),
    lib.stdout + lib.stderr,
  )

  const gmail = nodeRun(`import { explain } from 'smtp-code-compare'
const x = await explain('452-4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to\\r\\n452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp a1b2c3d4 - gsmtp')
console.log(JSON.stringify({ reason: x.diagnosis?.reason, provider: x.diagnosis?.provider?.id ?? x.diagnosis?.provider }))`)
  check(
    'import { explain } gives a mailbox-full diagnosis for a Gmail over-quota reply',
    gmail.status === 0 && JSON.parse(gmail.stdout).reason === 'mailbox-full',
    gmail.stdout + gmail.stderr,
  )

  // 5. Languages are opt-in modules: a bundle for English carries none of the Vietnamese catalog prose.
  const bundle = (name, code) => {
    writeFileSync(join(app, `${name}.mjs`), code)
    execFileSync(
      join(root, 'node_modules/.bin/esbuild'),
      [`${name}.mjs`, '--bundle', '--format=esm', '--platform=browser', '--minify', '--charset=utf8', `--outfile=${name}.bundle.js`],
      { cwd: app, stdio: 'inherit' },
    )
    return { text: readFileSync(join(app, `${name}.bundle.js`), 'utf8'), out: sh('node', [`${name}.bundle.js`]).stdout.trim() }
  }
  const english = bundle('english', `import { lookup } from 'smtp-code-compare'\nconsole.log(lookup('550', { lang: 'vi' }).entries[0].description)\n`)
  const vi = bundle(
    'vietnamese',
    `import { lookup } from 'smtp-code-compare'\nimport 'smtp-code-compare/locales/vi'\nconsole.log(lookup('550', { lang: 'vi' }).entries[0].description)\n`,
  )
  check('import "smtp-code-compare/locales/vi" gives Vietnamese prose', vi.out !== english.out && vi.text.includes(vi.out.slice(0, 40)), vi.out)
  check(
    `an English bundle (${(english.text.length / 1024).toFixed(0)} KB) carries no Vietnamese catalog prose (the Vietnamese one: ${(vi.text.length / 1024).toFixed(0)} KB)`,
    !english.text.includes(vi.out.slice(0, 40)) && english.text.length < vi.text.length - 20_000,
  )
  const viCli = cliRun(['--lang', 'vi', '550', '--json'])
  check(
    'the CLI answers in Vietnamese with --lang vi',
    viCli.status === 0 && JSON.parse(viCli.stdout).entries[0].description === vi.out,
    viCli.stderr,
  )

  const widget = bundle('widget', `import 'smtp-code-compare/widget'\nconsole.log('ok')\n`)
  check(
    'import "smtp-code-compare/widget" bundles the elements with Lit',
    widget.text.includes('smtp-code-compare') && widget.text.includes('customElements'),
  )

  // The widget bundled with code splitting, as a site would: its labels in other languages are chunks of their own.
  const viLabels = Object.values((await import(join(root, 'dist-npm/data/i18n/widget-labels/vi.js'))).default).filter(
    (v) => typeof v === 'string' && /[^ -~]/.test(v) && v.length > 12,
  )
  writeFileSync(join(app, 'widget-split.mjs'), `import 'smtp-code-compare/widget'\n`)
  execFileSync(
    join(root, 'node_modules/.bin/esbuild'),
    ['widget-split.mjs', '--bundle', '--splitting', '--format=esm', '--minify', '--charset=utf8', '--outdir=split'],
    { cwd: app, stdio: 'inherit' },
  )
  const splitEntry = readFileSync(join(app, 'split/widget-split.js'), 'utf8')
  const splitChunks = readdirSync(join(app, 'split')).map((f) => readFileSync(join(app, 'split', f), 'utf8'))
  check(
    `a widget bundle's entry carries no Vietnamese labels; they are in a chunk loaded for lang="vi" (${viLabels.length} labels looked for)`,
    viLabels.length > 5 && viLabels.every((l) => !splitEntry.includes(l)) && splitChunks.some((c) => viLabels.every((l) => c.includes(l))),
  )

  // custom-elements.json describes what is shipped: the compiled modules, with the types from the sources.
  const pkgDir = join(app, 'node_modules/smtp-code-compare')
  const installedPkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
  const cemResolved = sh('node', [
    '--input-type=module',
    '-e',
    `console.log(import.meta.resolve('smtp-code-compare/custom-elements.json'))`,
  ]).stdout.trim()
  const cem = JSON.parse(readFileSync(join(pkgDir, installedPkg.customElements), 'utf8'))
  const named = JSON.stringify(cem)
    .match(/"(?:path|module)":"[^"]*"/g)
    .map((m) => m.replace(/^"\w+":"|"$/g, ''))
  const declarations = cem.modules.flatMap((m) => m.declarations ?? [])
  const element = (tag) => declarations.find((d) => d.tagName === tag)
  check(
    `custom-elements.json (the package's customElements, and its ./custom-elements.json export) names only shipped .js modules (${new Set(named).size})`,
    cemResolved.endsWith(`/node_modules/smtp-code-compare/${installedPkg.customElements}`) &&
      named.length > 0 &&
      named.every((p) => p.startsWith('dist-npm/') && p.endsWith('.js') && existsSync(join(pkgDir, p))),
    [...new Set(named)].filter((p) => !existsSync(join(pkgDir, p))).join('\n') + cemResolved,
  )
  check(
    'custom-elements.json lists both elements, with typed attributes, and their module exports the tag',
    ['smtp-code-compare', 'smtp-code'].every(
      (tag) =>
        element(tag)?.attributes?.some((a) => a.name === 'api' && a.type?.text === 'string | null') &&
        cem.modules.some((m) =>
          m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag && existsSync(join(pkgDir, e.declaration.module))),
        ),
    ),
  )

  // Deno, from the installed package, with no network: no --allow-* flag at all, an empty Deno cache, no remote
  // modules, nothing fetched (--cached-only); in a network namespace of its own where the system allows one.
  const deno = join(root, 'node_modules/.bin/deno')
  writeFileSync(
    join(app, 'deno-check.mjs'),
    `import { lookup, compare, explain, isDeliveryReport } from 'smtp-code-compare'
import 'smtp-code-compare/locales/vi'
const eml = ${JSON.stringify(readFileSync(join(root, 'test/core/fixtures/bounces/postfix.eml'), 'utf8'))}
const report = await explain(eml)
const gmail = await explain('452-4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to\\r\\n452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp a1b2c3d4 - gsmtp')
const reply = await explain('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown')
console.log(JSON.stringify({
  runtime: typeof Deno === 'object' ? 'deno' : 'not deno',
  lookup: lookup('535 5.7.8').entries.map((e) => e.code),
  compare: compare('252', '535').page,
  reply: [reply.basic, reply.enhanced, reply.diagnosis?.reason],
  vi: lookup('550', { lang: 'vi' }).entries[0].description !== lookup('550').entries[0].description,
  gmail: gmail.diagnosis?.reason,
  message: isDeliveryReport(report) && report.kind === 'message' && report.recipients.length > 0 && report.recipients.every((r) => r.recipient && r.explanation),
}))
`,
  )
  const isolated = spawnSync('unshare', ['-n', 'true']).status === 0
  const denoArgs = ['run', '--no-prompt', '--no-remote', '--cached-only', 'deno-check.mjs']
  const denoRun = sh(isolated ? 'unshare' : deno, isolated ? ['-n', deno, ...denoArgs] : denoArgs, {
    env: { ...env, DENO_DIR: join(work, 'deno-cache'), DENO_NO_UPDATE_CHECK: '1' },
  })
  const denoVersion = sh(deno, ['--version']).stdout.split('\n')[0]
  let denoBody = {}
  try {
    denoBody = JSON.parse(denoRun.stdout)
  } catch {}
  check(
    `the library runs in ${denoVersion} with no network${isolated ? ' (no network interface at all)' : ''}: lookup, compare, explain of a reply, a Gmail reply and a bounce .eml, Vietnamese`,
    denoRun.status === 0 &&
      JSON.stringify(denoBody) ===
        JSON.stringify({
          runtime: 'deno',
          lookup: ['535', '5.7.8'],
          compare: '/compare/252-vs-535',
          reply: ['550', '5.1.1', 'user-unknown'],
          vi: true,
          gmail: 'mailbox-full',
          message: true,
        }),
    denoRun.stdout + denoRun.stderr,
  )

  // 6. The declarations, from a consumer's strict project with Node's own module resolution.
  writeFileSync(
    join(app, 'consumer.ts'),
    `import { lookup, compare, explain, isDeliveryReport, SmtpCodeError, type CodeEntry, type Explanation } from 'smtp-code-compare'
import type { SmtpCodeCompare } from 'smtp-code-compare/widget'
const entry: CodeEntry = lookup('535').entries[0]!
const title: string = entry.title
const answer = await explain('550 5.1.1 no')
const x: Explanation = isDeliveryReport(answer) ? answer.recipients[0]!.explanation! : answer
const advice: 'none-needed' | 'continue' | 'retry-later' | 'do-not-retry-unchanged' = x.retry.advice
const page: string = compare('252', '535').page
const err: number | undefined = new SmtpCodeError('unknown-code', 404, 'x').classInfo?.class
declare const card: SmtpCodeCompare
const a: string | null = card.a
// @ts-expect-error: lookup takes a string
lookup(535)
export { title, advice, page, err, a }
`,
  )
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2023', 'dom'],
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  )
  const tsc = sh(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'])
  check(
    'the .d.ts files type-check in a strict consumer project (no zod needed)',
    tsc.status === 0 && !existsSync(join(app, 'node_modules/zod')),
    tsc.stdout + tsc.stderr,
  )

  console.log(`check-package: ${passed} checks passed`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
