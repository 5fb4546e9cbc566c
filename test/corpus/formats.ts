/// <reference types="vite/client" />
// The formats corpus (test/corpus/formats/): bounce layouts of mail systems that do not run on our loopback, each
// written after its software's source or its vendor's documentation (cited per file in manifest.json), with the
// truth per recipient that layout states. Tests import this instead of reading files, so they run in workerd too.
import type { ReasonId } from '../../data/diagnosis/types.ts'
import manifestJson from './formats/manifest.json'

export type FormatTruthRow = {
  recipient: string
  action: 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded'
  /** The status the layout states (the quoted reply's where it states only the class); null when it states none. */
  status: string | null
  /** The class-only status the layout states, where the reply it quotes has a specific one. */
  reportedStatus?: string
  /** The diagnosis reason the report's words mean. */
  reason: ReasonId
  /**
   * The layout quotes no reply code for this recipient: its words are listed, but no explanation is given (the API
   * explains replies, and there is none), so its reason is not read.
   */
  noCode?: boolean
}

export type FormatFile = {
  path: string
  software: string
  /** message: sent as a whole message (.eml); text: the text a person copies from their mail client. */
  paste: 'message' | 'text'
  layout: string
  sources: Array<{ url: string; where: string }>
  notes?: string
  /** The message is no bounce: an automatic reply or a feedback report, and names no failed recipient. */
  notBounce?: 'auto-reply' | 'feedback-report' | 'read-receipt'
  truth: FormatTruthRow[]
}

export const formats = manifestJson as unknown as { description: string; files: FormatFile[] }

const raw = import.meta.glob('./formats/**/*.{eml,txt}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

/** The text of every example under formats/, by its path relative to formats/. */
export const formatTexts: ReadonlyMap<string, string> = new Map(Object.entries(raw).map(([key, text]) => [key.replace(/^\.\/formats\//, ''), text]))

export function formatText(path: string): string {
  const text = formatTexts.get(path)
  if (text === undefined) throw new Error(`no formats corpus file ${path}`)
  return text
}
