// A memo for rendered answers that stays bounded whatever keys clients cause, in entries and in size held (key
// length plus each value's weight, e.g. its bytes): when either bound would be passed it starts over, which costs
// one re-render per hot key and needs no bookkeeping on the hot path (an LRU would).
export class BoundedCache<V> {
  readonly #entries = new Map<string, V>()
  #size = 0

  constructor(
    readonly maxEntries: number,
    readonly maxSize: number,
    readonly weigh: (value: V) => number,
  ) {}

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
