// `report` runs in a Node started with a small young generation. What the report keeps is bounded (counts and one
// example per group), but streaming a log makes short-lived strings at a high rate and V8 answers by growing its
// semi-spaces (it doubles them whenever what survives adds up to their size: to 16 MB each on Node 20, 32 MB on
// Node 24). That growth, not the report's data, took peak RSS from ~75 MB to 131 MB on a 2 GB log. The semi-space
// limit is fixed when a heap is created, so it is given on the command line of a child Node; the garbage still dies
// young, and throughput is the same (bench/log-report.mjs). A worker thread with resourceLimits caps it as well,
// but its second isolate added 14 MB of its own, which left no margin under 100 MB.
import { spawn } from 'node:child_process'

/** MB per semi-space. */
export const SEMI_SPACE_MB = 1
const FLAG = '--max-semi-space-size'

/** True when this process was not started with a semi-space limit of its own (nor told not to relaunch). */
export function shouldRelaunch(env: Record<string, string | undefined>): boolean {
  const given = [...process.execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)]
  return !given.some((a) => a.startsWith(FLAG)) && typeof process.argv[1] === 'string'
}

/**
 * Runs this same command in a child Node with the semi-space limit and the same standard streams (so a terminal is
 * still a terminal, and a pipe's backpressure reaches the child directly); resolves to its exit status. Signals
 * sent to this process are passed on, and a child killed by one takes this process with it the same way.
 */
export function relaunched(argv: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, `${FLAG}=${SEMI_SPACE_MB}`, process.argv[1]!, ...argv], { stdio: 'inherit' })
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
