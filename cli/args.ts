// Command-line arguments to a command, or the reason they make none. Pure: no I/O, so it is tested directly.
import { isLocale, LOCALES, type Locale } from '../data/i18n/locales.ts'

export type Command =
  | { name: 'lookup'; query: string }
  | { name: 'compare'; codes: string[] }
  | { name: 'explain'; text: string } // '-' reads standard input
  | { name: 'report'; files: string[] } // none, or '-', reads standard input
  | { name: 'help' }
  | { name: 'version' }

export interface Flags {
  json: boolean
  lang: Locale
  /** undefined: decide by the terminal and NO_COLOR. */
  color?: boolean
  /** undefined: on big inputs when stderr is a terminal. */
  progress?: boolean
}

export type Parsed = { ok: true; command: Command; flags: Flags } | { ok: false; error: string }

export const USAGE = `Usage: smtp-code-compare [options] <command>

  smtp-code-compare 535                 what a code means (also 5.7.8, "535 5.7.8")
  smtp-code-compare compare 252 535     two codes side by side (2-6 codes: every pair)
  smtp-code-compare explain "<reply>"   what a server's reply means
  smtp-code-compare explain -           the same for standard input: a reply, a whole bounce (.eml) or log lines
  smtp-code-compare report [FILE...]    every bounced and deferred delivery in Postfix, Exim or Sendmail logs
                                        (several files, .gz, or standard input), grouped by reason and domain

Options:
  --json           print the API's JSON answer
  --lang LANG      language of the answer: ${LOCALES.join(', ')}
  --progress, --no-progress
                   a progress line on stderr while reading a log (default: inputs over 32 MB, on a terminal)
  --no-color       no colours (also NO_COLOR=1; colours are only used on a terminal)
  -h, --help       this text
  -V, --version    the version

Exit status: 0 found, 1 not found (unassigned code, no reply code, nothing bounced or deferred), 2 bad usage.`

const COMMANDS = new Set(['lookup', 'compare', 'explain', 'report', 'help'])

export function parseArgs(argv: readonly string[]): Parsed {
  const flags: Flags = { json: false, lang: 'en' }
  const words: string[] = []
  let onlyWords = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (onlyWords || arg === '-' || !arg.startsWith('-')) {
      words.push(arg)
      continue
    }
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    switch (name) {
      case '--':
        onlyWords = true
        break
      case '--json':
        flags.json = true
        break
      case '--lang': {
        const value = inline ?? argv[++i]
        if (value === undefined) return { ok: false, error: '--lang needs a language, e.g. --lang vi' }
        const lang = value.trim().toLowerCase()
        if (!isLocale(lang)) return { ok: false, error: `--lang must be one of ${LOCALES.join(', ')}; got "${value.slice(0, 20)}"` }
        flags.lang = lang
        break
      }
      case '--color':
        flags.color = true
        break
      case '--no-color':
        flags.color = false
        break
      case '--progress':
        flags.progress = true
        break
      case '--no-progress':
        flags.progress = false
        break
      case '-h':
      case '--help':
        return { ok: true, command: { name: 'help' }, flags }
      case '-V':
      case '--version':
        return { ok: true, command: { name: 'version' }, flags }
      default:
        return { ok: false, error: `unknown option ${arg.slice(0, 30)}` }
    }
  }
  if (words.length === 0) return { ok: false, error: 'give a code, or one of the commands compare, explain, report' }
  const [first, ...rest] = words as [string, ...string[]]
  const name = COMMANDS.has(first) ? first : 'lookup'
  const args = name === first ? rest : words
  switch (name) {
    case 'help':
      return { ok: true, command: { name: 'help' }, flags }
    case 'lookup':
      if (args.length === 0 || args.length > 2)
        return { ok: false, error: 'lookup takes one code, or a basic and an enhanced code: 535, 5.7.8, "535 5.7.8"' }
      return { ok: true, command: { name: 'lookup', query: args.join(' ') }, flags }
    case 'compare':
      if (args.length < 2 || args.length > 6) return { ok: false, error: 'compare takes 2 to 6 codes, e.g. compare 252 535' }
      return { ok: true, command: { name: 'compare', codes: args }, flags }
    case 'report':
      return { ok: true, command: { name: 'report', files: args }, flags }
    default:
      if (args.length === 0) return { ok: false, error: 'explain takes the reply as an argument, or - to read it from standard input' }
      return { ok: true, command: { name: 'explain', text: args.join(' ') }, flags }
  }
}
