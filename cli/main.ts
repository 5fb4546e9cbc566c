#!/usr/bin/env node
// The `smtp-code-compare` command (the package's bin): wires the process to run(). `report` is first relaunched
// in a Node with a small young generation (report-process.ts says why); the library is loaded only in the process
// that uses it, so the waiting one stays as small as Node itself.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from './args.ts'
import type { Io } from './run.ts'

/** The package's version, from the nearest package.json up the tree (the source and the built CLI sit at different depths). */
function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 5; i++, dir = dirname(dir)) {
    const file = join(dir, 'package.json')
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'smtp-code-compare') return pkg.version ?? 'unknown'
    }
  }
  return 'unknown'
}

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0)
  throw err
})

async function main(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv)
  if (parsed.ok && parsed.command.name === 'report') {
    const { relaunched, shouldRelaunch } = await import('./report-process.ts')
    if (shouldRelaunch(io.env)) return relaunched(argv)
  }
  const { run } = await import('./run.ts')
  return run(argv, io)
}

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, version: version() }).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`smtp-code-compare: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exitCode = 2
  },
)
