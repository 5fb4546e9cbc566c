// Reading what the CLI is given: standard input or files, gzip-compressed or not (told by the magic bytes, not
// the name), as a whole text or line by line in bounded chunks so that memory stays flat on a 2 GB log.
import { createReadStream, statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'

/** Where a stream of lines comes from, with what is known of its size (for the progress line). */
export interface Source {
  name: string
  /** Bytes on disk (compressed size for .gz); undefined for standard input. */
  size?: number
  open(): Promise<Readable>
  /** Bytes of the source read so far (before decompression). */
  bytesRead(): number
}

// 64 KB: big enough that reading costs little per line, small enough that each chunk's strings die young (1 MB
// chunks land in V8's large-object space and raise peak RSS by ~70 MB on a 200 MB log).
const CHUNK = 1 << 16

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0)
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b
  } finally {
    await handle.close()
  }
}

export function fileSource(path: string): Source {
  const size = statSync(path).size
  let raw: ReturnType<typeof createReadStream> | undefined
  return {
    name: path,
    size,
    async open() {
      const gz = await isGzip(path)
      raw = createReadStream(path, { highWaterMark: CHUNK })
      return gz ? raw.pipe(createGunzip({ chunkSize: CHUNK })) : raw
    },
    bytesRead: () => raw?.bytesRead ?? 0,
  }
}

/** Standard input; gzip is recognised by its first two bytes here too. */
export function stdinSource(stdin: Readable): Source {
  let read = 0
  return {
    name: '-',
    async open() {
      const iterator = stdin[Symbol.asyncIterator]()
      const first = await iterator.next()
      const head: Buffer | undefined = first.done ? undefined : Buffer.from(first.value as Buffer)
      const { Readable: R } = await import('node:stream')
      const body = R.from(
        (async function* () {
          if (head) {
            read += head.length
            yield head
          }
          for (;;) {
            const next = await iterator.next()
            if (next.done) return
            const chunk = next.value as Buffer
            read += chunk.length
            yield chunk
          }
        })(),
      )
      return head && head[0] === 0x1f && head[1] === 0x8b ? body.pipe(createGunzip({ chunkSize: CHUNK })) : body
    },
    bytesRead: () => read,
  }
}

/** Calls onLine for every line (without its line end), chunk by chunk; afterChunk may wait (output backpressure). */
export async function forEachLine(stream: Readable, onLine: (line: string) => void, afterChunk?: () => Promise<void>): Promise<void> {
  stream.setEncoding('utf8')
  let rest = ''
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = rest === '' ? chunk : rest + chunk
    let start = 0
    let nl = text.indexOf('\n', start)
    while (nl !== -1) {
      onLine(text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl))
      start = nl + 1
      nl = text.indexOf('\n', start)
    }
    rest = text.slice(start)
    // A "line" longer than this is not a log line; cut it so one pathological file cannot exhaust memory.
    if (rest.length > 1 << 20) {
      onLine(rest)
      rest = ''
    }
    if (afterChunk) await afterChunk()
  }
  if (rest !== '') onLine(rest)
}

/** The whole input as text, at most `limit` bytes (more is an error the caller reports). */
export async function readAll(stream: Readable, limit: number): Promise<string | undefined> {
  const parts: Buffer[] = []
  let total = 0
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    total += b.length
    if (total > limit) return undefined
    parts.push(b)
  }
  return Buffer.concat(parts).toString('utf8')
}
