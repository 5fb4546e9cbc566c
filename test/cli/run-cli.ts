// Runs the CLI from source as a user would (a child process: argv, stdin, exit status, both streams).
import { spawn } from 'node:child_process'
import { join } from 'node:path'

const MAIN = join(import.meta.dirname, '../../cli/main.ts')

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

export function cli(args: string[], options: { stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // A clean environment: no colour forced or forbidden by the machine running the tests.
    const env = { PATH: process.env.PATH ?? '', ...options.env }
    const child = spawn(process.execPath, [MAIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(options.stdin ?? '')
  })
}
