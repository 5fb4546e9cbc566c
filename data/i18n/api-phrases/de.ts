// German API phrases: overrides of data/i18n/api-phrases.ts's English, key by key.
import type { PhraseOverrides } from './types.ts'
import { CLASS_NAMES } from '../class-names.ts'
import { classNameIn, mergeStages, commaList, type StageWording } from './shared.ts'

const DE_STAGES: StageWording = { before: 'auf ', after: '', list: commaList('oder') }

const de: PhraseOverrides = {
  aspects: {
    class: 'Klasse',
    retry: 'Wiederholung',
    actor: 'Wer handeln muss',
    stage: 'Wo er auftritt',
    rfc: 'Definiert in',
    pairings: 'Meist zusammen mit',
    kind: 'Art des Codes',
  },
  retry: {
    'none-needed': 'Keine Wiederholung nötig: die Aktion war erfolgreich',
    continue: 'Fortfahren: der Client sendet den nächsten Teil',
    'retry-later': 'Später wiederholen: der Fehler ist vorübergehend',
    'do-not-retry-unchanged': 'Nicht unverändert wiederholen: der Fehler ist dauerhaft',
  },
  actor: {
    nobody: 'Niemand: alles in Ordnung',
    client: 'Die Client-Software, automatisch',
    sender: 'Der Absender (Adresse, Zugangsdaten oder Inhalt)',
    'sender-admin': 'Der Administrator des sendenden Systems',
    'recipient-admin': 'Der Administrator des empfangenden Systems',
  },
  stage: {
    greeting: 'bei der Begrüßung',
    ehlo: 'auf EHLO/HELO',
    starttls: 'auf STARTTLS',
    auth: 'auf AUTH',
    mail: 'auf MAIL FROM',
    rcpt: 'auf RCPT TO',
    data: 'auf DATA',
    'end-of-data': 'nach dem Ende der Daten',
    bdat: 'auf BDAT',
    burl: 'auf BURL',
    vrfy: 'auf VRFY',
    expn: 'auf EXPN',
    etrn: 'auf ETRN',
    atrn: 'auf ATRN',
    help: 'auf HELP',
    noop: 'auf NOOP',
    rset: 'auf RSET',
    quit: 'auf QUIT',
    any: 'auf einen beliebigen Befehl',
  },
  kind: { basic: 'Einfacher Antwortcode (RFC 5321)', enhanced: 'Erweiterter Statuscode (RFC 3463)' },
  none: 'keine',
  or: 'oder',
  // "eine 5xx-Antwort (…) auf AUTH"; an enhanced code is not itself a reply but travels in one, hence
  // "ein 5.x.x-Statuscode (…) in der Antwort auf RCPT TO".
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} ist ${classPhrase} ${mergeStages(stages, DE_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `meist zusammen mit ${codes} gesendet`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.de, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.de, digits, kind, name)
    return kind === 'basic' ? `eine ${digits}-Antwort (${label})` : `ein ${digits}-Statuscode (${label}) in der Antwort`
  },
  same: (a, b) => (a === b ? `${a} und ${b} sind derselbe Code.` : `${a} und ${b} sind derselbe Code in zwei Schreibweisen.`),
  join: (first, second) => `${first}; ${second}.`,
}

export default de
