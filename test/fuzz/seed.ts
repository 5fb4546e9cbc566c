// fast-check run parameters shared by the fuzz suites: a fixed seed so CI is reproducible, plus one random-seed run
// per suite whose seed is printed on failure (replay with FC_SEED=<seed>).
import { env } from 'cloudflare:workers'
import fc from 'fast-check'

export const FIXED_SEED = 424242

/** The seeds each property runs with: FC_SEED alone when given, otherwise the fixed one and a fresh one. */
export function seeds(): number[] {
  // The seed reaches workerd as a binding (vitest.config.ts), since the test isolate has no process environment.
  const raw = (env as unknown as { FC_SEED?: string }).FC_SEED
  const given = Number(raw)
  if (raw && Number.isInteger(given)) return [given]
  return [FIXED_SEED, (Math.random() * 2 ** 31) | 0]
}

/** asyncProperty runner that names the seed in the failure message, so a random-seed failure can be replayed. */
export async function check<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  for (const seed of seeds()) {
    const result = await fc.check(property, { seed, numRuns, endOnFailure: true, includeErrorInReport: true })
    if (result.failed) throw new Error(`property failed with seed ${seed} (replay: FC_SEED=${seed}):\n${fc.defaultReportMessage(result)}`)
  }
}
