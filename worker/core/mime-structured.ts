// postal-mime reads a structured header field (Content-Type, Content-Disposition) one character at a time, growing
// its strings by one character per step: for the few fields of a bounce that was a sixth of its whole parse, most of
// it garbage. Most fields are plain ("multipart/report; report-type=delivery-status; boundary=\"…\""), and for
// those the same answer takes a few slices. Anything else (comments, backslashes, RFC 2231 sections, a quoted string
// that is not a whole value, an unclosed quote) is left to postal-mime's own reader.

export interface StructuredHeader {
  value: string
  params: Record<string, string>
}

const SPACE = 0x20
const TAB = 0x09
const QUOTE = 0x22
const SEMICOLON = 0x3b
const EQUALS = 0x3d
const isWsp = (c: number) => c === SPACE || c === TAB

/**
 * What postal-mime 4's MimeNode.parseStructuredHeader gives for `str`, when `str` is in the plain form read here;
 * undefined otherwise. Its rules, kept exactly: a value loses the spaces and tabs around it (only those: other
 * white space is content) and keeps those inside; a value that is one quoted string is its content as is; a
 * parameter name is trimmed and lowercased, and a name without "=" is a parameter with an empty value; the first of
 * two parameters of one name wins; the main value is lowercased.
 */
export function plainStructuredHeader(str: string): StructuredHeader | undefined {
  // "(" may open a comment, "\" escapes, "*" names RFC 2231 sections: postal-mime's reader handles those.
  if (str.includes('(') || str.includes('\\') || str.includes('*')) return undefined
  const response: StructuredHeader = { value: '', params: {} }
  const n = str.length
  let key: string | false = false
  let at = 0
  for (;;) {
    // A value, from `at` to the next ";" (or the end).
    let start = at
    while (start < n && isWsp(str.charCodeAt(start))) start++
    let value: string
    let next: number
    if (start < n && str.charCodeAt(start) === QUOTE) {
      const close = str.indexOf('"', start + 1)
      if (close < 0) return undefined
      value = str.slice(start + 1, close)
      next = close + 1
      while (next < n && isWsp(str.charCodeAt(next))) next++
      if (next < n && str.charCodeAt(next) !== SEMICOLON) return undefined
    } else {
      const semicolon = str.indexOf(';', start)
      next = semicolon < 0 ? n : semicolon
      let end = next
      while (end > start && isWsp(str.charCodeAt(end - 1))) end--
      value = str.slice(start, end)
      if (value.includes('"')) return undefined
    }
    if (key === false) response.value = value
    else if (!Object.hasOwn(response.params, key)) response.params[key] = value
    if (next >= n) break
    // Parameter names after ";": up to "=", or a name alone up to the next ";" or the end.
    at = next + 1
    for (;;) {
      let i = at
      while (i < n && str.charCodeAt(i) !== EQUALS && str.charCodeAt(i) !== SEMICOLON) i++
      const name = str.slice(at, i).trim()
      if (i < n && str.charCodeAt(i) === EQUALS) {
        key = name.toLowerCase()
        at = i + 1
        break
      }
      if (name) {
        const empty = name.toLowerCase()
        if (!Object.hasOwn(response.params, empty)) response.params[empty] = ''
      }
      if (i >= n) {
        if (response.value) response.value = response.value.toLowerCase()
        return response
      }
      at = i + 1
    }
  }
  if (response.value) response.value = response.value.toLowerCase()
  return response
}
