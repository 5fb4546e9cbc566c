// `report` runs in a Node started with a small young generation. What the report keeps is bounded (counts and one
// example per group), but streaming a log makes short-lived strings at a high rate and V8 answers by growing its
// semi-spaces (it doubles them whenever what survives adds up to their size: to 16 MB each on Node 20, 32 MB on
// Node 24). That growth, not the report's data, took peak RSS from ~75 MB to 131 MB on a 2 GB log. The semi-space
// limit is fixed when a heap is created, so it is given on the command line of a new Node; the garbage still dies
// young, and throughput is the same (bench/log-report.mjs). Where Node can replace its own process image
// (process.execve, Node 22.15 and newer, not on Windows) there is no second process; elsewhere a child runs it
// while this one waits (about 10 MB of its own). A worker thread with resourceLimits caps it too, but its second
// isolate added 14 MB, which left no margin under 100 MB.
import { spawn } from 'node:child_process'

/** MB per semi-space. */
export const SEMI_SPACE_MB = 1
const FLAG = '--max-semi-space-size'
/**
 * How far the old generation may grow past what survived the last full collection before the next one, in percent
 * (V8's own factor is up to 4x). With small semi-spaces more short-lived objects are promoted, and a log whose
 * every line is a distinct long bounce to a distinct domain (the tally at its bound) peaked at 230 MB with V8's
 * factor, 138 MB with this one; the 200 MB bench log is unchanged.
 */
export const HEAP_GROWING_PERCENT = 20

/** True when this process was not started with a semi-space limit of its own. */
export function shouldRelaunch(env: Record<string, string | undefined>): boolean {
  const given = [...process.execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)]
  return !given.some((a) => a.startsWith(FLAG)) && typeof process.argv[1] === 'string'
}

/**
 * Runs this same command in a Node with the semi-space limit and the same standard streams (so a terminal is still
 * a terminal, and a pipe's backpressure reaches it directly); resolves to its exit status. A waiting parent passes
 * on the signals sent to it, and a child killed by one takes the parent with it the same way.
 */
export function relaunched(argv: readonly string[]): Promise<number> {
  const args = [...process.execArgv, `${FLAG}=${SEMI_SPACE_MB}`, `--heap-growing-percent=${HEAP_GROWING_PERCENT}`, process.argv[1]!, ...argv]
  if (typeof process.execve === 'function' && process.platform !== 'win32') {
    try {
      process.execve(process.execPath, [process.execPath, ...args], process.env)
    } catch {
      // Not replaced (an exec error is reported here, before anything ran): a child it is.
    }
  }
  const child = spawn(process.execPath, args, { stdio: 'inherit' })
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  for (const s of signals) process.on(s, forward)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward)
      if (signal) process.kill(process.pid, signal)
      resolve(code ?? 2)
    })
  })
}
