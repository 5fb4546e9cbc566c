// A bounce usually names the person it failed for. The reply card sends the server's words to the API, so the part
// of each address before the @ is replaced first: the diagnosis reads the words around an address and its domain
// (a provider's own, a typo'd one), never whose mailbox it is. test/core/widget-redaction.test.ts checks that
// every rule's examples get the same diagnosis redacted.

/** What a local part becomes. Still reads as an address to people and to rules that match `\S+@domain`. */
export const REDACTED = '…'

// The characters of an RFC 5322 dot-atom local part, any letter or digit (RFC 6531 addresses), less "=" and "/",
// which in logs join a label to the address (to=jane@…, orcpt=rfc822/jane@…) rather than belong to it.
const LOCAL = /[\p{L}\p{N}.!#$%&'*+?^_`{|}~-]/u
// A domain or an address literal follows the @ of an address; "@" before a space or a digit run is not one.
const DOMAIN_START = /[\p{L}\p{N}[]/u

/**
 * The text with every address's local part replaced by REDACTED. Linear in the text: each character is walked over
 * at most twice, once by indexOf and once walking back from an @ (an @ stops the walk, so walks never overlap).
 */
export function redactAddresses(text: string): string {
  let out = ''
  let from = 0
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > from && LOCAL.test(text[start - 1]!)) start--
    if (start === at || !DOMAIN_START.test(text[at + 1] ?? '')) continue
    out += text.slice(from, start) + REDACTED
    from = at
  }
  return out + text.slice(from)
}
