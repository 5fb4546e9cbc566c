// The CLI's commands: arguments in, the library's answer printed, an exit status out. Knowledge stays in
// worker/core (through the package's own entry point) and the words in worker/views: this file only routes.
import type { Readable } from 'node:stream'
import { compare, compareAll, explain, isDeliveryReport, lookup, SmtpCodeError } from '../worker/core/index.ts'
import { comparisonText, explanationText, lookupText, matrixText } from '../worker/views/plain-text.ts'
import { parseArgs, USAGE, type Flags } from './args.ts'
import { runReport } from './report.ts'
import { deliveryReportText } from './report-text.ts'
import { COLOURED, PLAIN, wantColour, type Paint } from './colors.ts'
import { readAll, stdinSource } from './input.ts'
import { registerPack } from './language.ts'

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean }
  stderr: { write(s: string): unknown; isTTY?: boolean }
  stdin: Readable
  env: Record<string, string | undefined>
  version: string
}

export const EXIT = { found: 0, notFound: 1, usage: 2 } as const

/** Whole messages on standard input may be large; a bounce is a few KB, a forwarded one with attachments more. */
const STDIN_MAX = 64 * 1024 * 1024

/** Highlights the heading lines of the text views ("535  Authentication credentials invalid") by class. */
function paintText(text: string, paint: Paint): string {
  if (paint === PLAIN) return text
  return text.replace(/^([2-5](?:[0-9]{2}|\.[0-9]{1,3}\.[0-9]{1,3}))(\s.*)?$/gm, (line, code: string) => paint.bold(paint.cls(Number(code[0]), line)))
}

function fail(io: Io, flags: Flags, err: unknown): number {
  if (!(err instanceof SmtpCodeError)) throw err
  if (flags.json) {
    const { type, status, detail, classInfo, side } = err
    io.stdout.write(`${JSON.stringify({ type, status, detail, ...(classInfo ? { classInfo } : {}), ...(side ? { side } : {}) }, null, 2)}\n`)
  } else io.stderr.write(`smtp-code-compare: ${err.detail}\n`)
  return err.status === 400 ? EXIT.usage : EXIT.notFound
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv)
  if (!parsed.ok) {
    io.stderr.write(`smtp-code-compare: ${parsed.error}\n\n${USAGE}\n`)
    return EXIT.usage
  }
  const { command, flags } = parsed
  await registerPack(flags.lang)
  const paint = wantColour(flags.color, io.stdout.isTTY, io.env) ? COLOURED : PLAIN
  const print = (body: unknown, text: () => string) => io.stdout.write(flags.json ? `${JSON.stringify(body, null, 2)}\n` : paintText(text(), paint))
  const options = { lang: flags.lang }
  try {
    switch (command.name) {
      case 'help':
        io.stdout.write(`${USAGE}\n`)
        return EXIT.found
      case 'version':
        io.stdout.write(`${io.version}\n`)
        return EXIT.found
      case 'lookup': {
        const body = lookup(command.query, options)
        print(body, () => lookupText(body))
        return EXIT.found
      }
      case 'compare': {
        if (command.codes.length === 2) {
          const body = compare(command.codes[0]!, command.codes[1]!, options)
          print(body, () => comparisonText(body))
        } else {
          const body = compareAll(command.codes, options)
          print(body, () => matrixText(body))
        }
        return EXIT.found
      }
      case 'explain': {
        let text = command.text
        if (text === '-') {
          const read = await readAll(await stdinSource(io.stdin).open(), STDIN_MAX)
          if (read === undefined) {
            io.stderr.write(`smtp-code-compare: standard input is over ${STDIN_MAX >> 20} MiB; for logs use report\n`)
            return EXIT.usage
          }
          text = read
        }
        const body = await explain(text, options)
        if (isDeliveryReport(body)) {
          print(body, () => deliveryReportText(body, paint))
          return body.recipients.length > 0 ? EXIT.found : EXIT.notFound
        }
        print(body, () => explanationText(body))
        return EXIT.found
      }
      case 'report':
        return await runReport(command.files, flags, io, paint)
    }
  } catch (err) {
    return fail(io, flags, err)
  }
}
