// A memo for rendered answers that stays bounded whatever keys clients cause, in entries and in size held (key
// length plus each value's weight, e.g. its bytes): when either bound would be passed it starts over, which costs
// one re-render per hot key and needs no bookkeeping on the hot path (an LRU would).
export class BoundedCache<V> {
  readonly #entries = new Map<string, V>()
  #size = 0

  readonly maxEntries: number
  readonly maxSize: number
  readonly weigh: (value: V) => number

  // Plain fields, not parameter properties: the CLI runs this file with Node's type stripping, which has none.
  constructor(maxEntries: number, maxSize: number, weigh: (value: V) => number) {
    this.maxEntries = maxEntries
    this.maxSize = maxSize
    this.weigh = weigh
  }

  get(key: string): V | undefined {
    return this.#entries.get(key)
  }

  set(key: string, value: V): void {
    const size = key.length + this.weigh(value)
    if (size > this.maxSize) return // too big to keep at all
    if (this.#entries.size >= this.maxEntries || this.#size + size > this.maxSize) {
      this.#entries.clear()
      this.#size = 0
    }
    this.#entries.set(key, value)
    this.#size += size
  }

  clear(): void {
    this.#entries.clear()
    this.#size = 0
  }
}
