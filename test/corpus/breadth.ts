/// <reference types="vite/client" />
// The breadth corpus (test/corpus/loopback-breadth/): real bounces from OpenSMTPD, dma, nullmailer and a second
// Postfix instance (translated bounce template, delay warnings, expiry, TLS required), all refused by smtp-server
// answering with real servers' replies; provoked by scripts/corpus/breadth.sh, truth per recipient from
// scripts/corpus/breadth/cases.py, in loopback/manifest.json's format (see test/corpus/README.md).
// Its own folder and manifest because provoke.sh regenerates loopback/ as a whole.
import manifestJson from './loopback-breadth/manifest.json'
import type { CorpusFile, Manifest } from './loopback.ts'

/** The MTAs that wrote the breadth corpus's bounces. */
export type BreadthSoftware = 'postfix' | 'exim' | 'sendmail' | 'opensmtpd' | 'dma' | 'nullmailer'
export type BreadthFile = Omit<CorpusFile, 'software' | 'caseSoftware'> & { software: BreadthSoftware; caseSoftware?: BreadthSoftware }
export type BreadthManifest = Omit<Manifest, 'files'> & { files: BreadthFile[] }

export const breadthManifest = manifestJson as unknown as BreadthManifest

const raw = import.meta.glob('./loopback-breadth/**/*.eml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

/** The text of every message under loopback-breadth/, by its path relative to that folder. */
export const breadthTexts: ReadonlyMap<string, string> = new Map(
  Object.entries(raw).map(([key, text]) => [key.replace(/^\.\/loopback-breadth\//, ''), text]),
)

export function breadthText(path: string): string {
  const text = breadthTexts.get(path)
  if (text === undefined) throw new Error(`no breadth corpus file ${path}`)
  return text
}
