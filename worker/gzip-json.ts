// Reads a Data module of gzip-compressed JSON (the language packs, the diagnosis rule set): workerd copies every
// module's bytes when an isolate starts, so these are uploaded compressed and inflated by the first request that
// needs one. The /explain page's bundle gets the JSON text instead (scripts/build-page-scripts.mjs), hence a string.
export async function readGzipJson<T>(data: ArrayBuffer | string): Promise<T> {
  if (typeof data === 'string') return JSON.parse(data) as T
  const text = await new Response(new Response(data).body!.pipeThrough(new DecompressionStream('gzip'))).text()
  return JSON.parse(text) as T
}
