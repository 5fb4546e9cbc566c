// How log writers escape the bytes of a reply they cannot write as they are, undone so that a reason reads as the
// remote server wrote it. Real replies carry UTF-8 (localised texts) and control characters (multi-line replies):
// - rsyslog writes a control character as "#" and three octal digits (a newline is "#012", a tab "#011"), and with
//   $Escape8BitCharactersOnReceive every byte above 127 the same way ("#303#244" for "ä");
// - Exim's string_printing() writes a newline as "\n" and every other non-printing byte, UTF-8 included, as "\"
//   and three octal digits ("Empf\303\244nger");
// - `journalctl -o json` gives a MESSAGE holding invalid UTF-8 or non-printable bytes as an array of byte values.

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const UTF8_LENIENT = new TextDecoder('utf-8')

/** Whether a text holds any escape `readable` undoes: one scan, so that texts without any pass at that cost. */
const ANY_ESCAPE = /#0[0-3][0-7]|#[23][0-7]{2}|\\[nt]|\\(?:0[0-3][0-7]|[23][0-7]{2})/
/** A run of octal escapes of one writer: its bytes are decoded together, as a UTF-8 character spans several. */
const SYSLOG_RUN = /(?:#(?:0[0-3][0-7]|[23][0-7]{2}|177))+/g
const EXIM_RUN = /(?:\\(?:0[0-3][0-7]|[23][0-7]{2}|177))+/g

/**
 * The bytes of a run of escapes as text: control characters become spaces (a reply's line breaks are only
 * layout), the rest is decoded as UTF-8. A run that is no valid UTF-8 stays as written: "ticket #200" is no escape.
 */
function decodeRun(run: string): string {
  const bytes = new Uint8Array(run.length / 4)
  let control = false
  for (let i = 0; i < bytes.length; i++) {
    const b = Number.parseInt(run.slice(i * 4 + 1, i * 4 + 4), 8)
    if (b < 32 || b === 127) control = true
    bytes[i] = b
  }
  if (control) for (let i = 0; i < bytes.length; i++) if (bytes[i]! < 32 || bytes[i] === 127) bytes[i] = 32
  try {
    return UTF8.decode(bytes)
  } catch {
    // Only the control characters are certain escapes; the bytes above 127 then stay as written.
    return control && bytes.every((b) => b < 128) ? String.fromCharCode(...bytes) : run
  }
}

/** A reason as people should read it: the escapes of syslog and of Exim undone (control characters as spaces). */
export function readable(text: string): string {
  if (!ANY_ESCAPE.test(text)) return text
  let t = text
  if (t.includes('#')) t = t.replace(SYSLOG_RUN, decodeRun)
  if (t.includes('\\')) t = t.replace(/\\[nt]/g, ' ').replace(EXIM_RUN, decodeRun)
  return t
}

/** journald's MESSAGE field: a string, or an array of byte values when the message is no printable UTF-8. */
export function journalText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (!Array.isArray(value) || value.length > 65536 || !value.every((b) => typeof b === 'number')) return undefined
  return UTF8_LENIENT.decode(Uint8Array.from(value as number[]))
}
