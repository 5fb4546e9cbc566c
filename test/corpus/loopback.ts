/// <reference types="vite/client" />
// The loopback corpus (test/corpus/loopback/): real DSNs and mail logs provoked from
// Postfix, Exim and Sendmail, with the truth per recipient from manifest.json.
// Tests import this instead of reading files, so they run in workerd too.
import type { ReasonId } from '../../data/diagnosis/types.ts'
import manifestJson from './loopback/manifest.json'

export type Software = 'postfix' | 'exim' | 'sendmail' | 'haraka'

export type TruthRow = {
  recipient: string
  action: 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded'
  /**
   * The enhanced code: the one the sending MTA assigned, or the remote's own where the MTA wrote only the class
   * (Exim's 5.0.0; then reportedStatus holds it). Null for a receiver's log, which may not carry one.
   */
  status: string | null
  /** The class-only status the MTA wrote (5.0.0, 4.0.0) where the reply it quotes has a specific one. */
  reportedStatus?: string
  /** An id from the diagnosis reason table; null for a delivery. */
  reason: ReasonId | null
  remoteMta: string | null
  /** DSN files: the Diagnostic-Code as the DSN carries it (the remote's own words). */
  diagnosticCode?: string | null
  /** DSN files: the DSN names this recipient but gives it no Action or no Status (Haraka does so). */
  dsnIncomplete?: boolean
  /** Combined logs: whether this software sent (sender) or answered (receiver) for the row. */
  role?: 'sender' | 'receiver'
  case?: string
}

export type CorpusFile = {
  path: string
  kind: 'dsn' | 'log'
  software: Software
  version: string
  case: string
  caseSoftware?: Software
  /** DSN files: failed, delayed or success (the kind of report). */
  dsn?: 'failed' | 'delayed' | 'success' | 'plain'
  contentType?: string | null
  sender?: string
  originalMessageId?: string
  /** Log files: rsyslog-rfc3339 (Debian 12's default), rsyslog-traditional, exim-mainlog or haraka-stdout. */
  format?: string
  /** Log files: the sending side, the receiving side, or the whole run of that software. */
  role?: 'sender' | 'receiver' | 'combined'
  truth: TruthRow[]
}

export type Manifest = {
  description: string
  software: Record<string, { version: string; package: string }>
  files: CorpusFile[]
}

export const manifest = manifestJson as unknown as Manifest

const raw = import.meta.glob('./loopback/**/*', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

/** The text of every file under loopback/, by its path relative to loopback/. */
export const corpusTexts: ReadonlyMap<string, string> = new Map(Object.entries(raw).map(([key, text]) => [key.replace(/^\.\/loopback\//, ''), text]))

export function corpusText(path: string): string {
  const text = corpusTexts.get(path)
  if (text === undefined) throw new Error(`no corpus file ${path}`)
  return text
}

export function corpusFiles(filter: Partial<Pick<CorpusFile, 'kind' | 'software' | 'role' | 'dsn'>> = {}): CorpusFile[] {
  return manifest.files.filter((f) => Object.entries(filter).every(([k, v]) => (f as Record<string, unknown>)[k] === v))
}

/**
 * A truth row's status against its DSN: the DSN's Status field is the one the MTA wrote (reportedStatus, else status);
 * a status taken from the reply (reportedStatus set) replaces only a class-only one, keeps its class, and is quoted
 * in the file as a code of its own.
 */
export function dsnStatusProblems(path: string, row: { status: string | null; reportedStatus?: string }, text: string): string[] {
  const p: string[] = []
  const written = row.reportedStatus ?? row.status
  if (!written || !new RegExp(`^Status:\\s*${written.replaceAll('.', '\\.')}\\b`, 'im').test(text)) p.push(`${path}: no Status: ${written}`)
  if (row.reportedStatus === undefined) return p
  if (!/^[245]\.0\.0$/.test(row.reportedStatus)) p.push(`${path}: reportedStatus ${row.reportedStatus} is not class-only`)
  if (!row.status || row.status[0] !== row.reportedStatus[0] || row.status === row.reportedStatus)
    p.push(`${path}: status ${row.status} for reportedStatus ${row.reportedStatus}`)
  else if (!new RegExp(`(?:^|[^\\d.])${row.status.replaceAll('.', '\\.')}(?![\\d.])`).test(text)) p.push(`${path}: ${row.status} is quoted nowhere`)
  return p
}
