// postal-mime, which only whole messages need (most of its size is html-entities' table): core does not import it,
// so a bundle that never reads a message does not carry it. Whoever runs core says where it comes from: the npm
// package and the tests the npm module (./standalone.ts), the Worker its own prebundled copy, loaded on the first
// message (worker/lazy-modules.ts).
import type * as PostalMimeModule from 'postal-mime'

export type MimeParser = Pick<typeof PostalMimeModule, 'default' | 'decodeWords'>

let loader: (() => Promise<MimeParser>) | undefined
let pending: Promise<MimeParser> | undefined

export function setMimeParserLoader(load: () => Promise<MimeParser>): void {
  loader = load
  pending = undefined
}

/** postal-mime, imported once. */
export function loadMimeParser(): Promise<MimeParser> {
  if (!loader)
    return Promise.reject(new Error('No MIME parser: import worker/core/standalone.ts (the npm package does), or call setMimeParserLoader().'))
  pending ??= loader().catch((err: unknown) => {
    pending = undefined
    throw err
  })
  return pending
}
