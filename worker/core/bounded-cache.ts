// A memo for rendered answers that stays bounded whatever keys clients cause, in entries and in characters held
// (keys plus values, as the caller weighs them): when either bound would be passed it starts over, which costs
// one re-render per hot key and needs no bookkeeping on the hot path (an LRU would).
export class BoundedCache<V> {
  readonly #entries = new Map<string, V>()
  #chars = 0

  constructor(
    readonly maxEntries: number,
    readonly maxChars: number,
    readonly weigh: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    return this.#entries.get(key)
  }

  set(key: string, value: V): void {
    const chars = key.length + this.weigh(value)
    if (chars > this.maxChars) return // too big to keep at all
    if (this.#entries.size >= this.maxEntries || this.#chars + chars > this.maxChars) {
      this.#entries.clear()
      this.#chars = 0
    }
    this.#entries.set(key, value)
    this.#chars += chars
  }
}
