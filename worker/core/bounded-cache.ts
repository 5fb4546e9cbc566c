// A memo for rendered answers that stays bounded whatever keys clients cause: when full it starts over, which
// costs one re-render per hot key and needs no bookkeeping on the hot path (an LRU would).
export class BoundedCache<V> {
  readonly #entries = new Map<string, V>()

  constructor(readonly max: number) {}

  get(key: string): V | undefined {
    return this.#entries.get(key)
  }

  set(key: string, value: V): void {
    if (this.#entries.size >= this.max) this.#entries.clear()
    this.#entries.set(key, value)
  }
}
