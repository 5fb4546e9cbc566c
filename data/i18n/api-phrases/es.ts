// Spanish API phrases: overrides of data/i18n/api-phrases.ts's English, key by key.
import type { PhraseOverrides } from './types.ts'
import { CLASS_NAMES } from '../class-names.ts'
import { classNameIn, mergeStages, commaList, type StageWording } from './shared.ts'

const ES_STAGES: StageWording = { before: 'en respuesta a ', after: '', list: commaList('o') }

const es: PhraseOverrides = {
  aspects: {
    class: 'Clase',
    retry: 'Reintento',
    actor: 'Quién debe actuar',
    stage: 'Dónde aparece',
    rfc: 'Definido en',
    pairings: 'Suele ir con',
    kind: 'Tipo de código',
  },
  retry: {
    'none-needed': 'No hace falta reintentar: la acción se completó',
    continue: 'Continuar: el cliente envía la parte siguiente',
    'retry-later': 'Reintentar más tarde: el fallo es temporal',
    'do-not-retry-unchanged': 'No reintentar sin cambios: el fallo es permanente',
  },
  actor: {
    nobody: 'Nadie: no hay ningún problema',
    client: 'El software cliente, automáticamente',
    sender: 'El remitente (dirección, credenciales o contenido)',
    'sender-admin': 'El administrador del sistema emisor',
    'recipient-admin': 'El administrador del sistema receptor',
  },
  stage: {
    greeting: 'en el saludo',
    ehlo: 'en respuesta a EHLO/HELO',
    starttls: 'en respuesta a STARTTLS',
    auth: 'en respuesta a AUTH',
    mail: 'en respuesta a MAIL FROM',
    rcpt: 'en respuesta a RCPT TO',
    data: 'en respuesta a DATA',
    'end-of-data': 'tras el fin de los datos',
    bdat: 'en respuesta a BDAT',
    burl: 'en respuesta a BURL',
    vrfy: 'en respuesta a VRFY',
    expn: 'en respuesta a EXPN',
    etrn: 'en respuesta a ETRN',
    atrn: 'en respuesta a ATRN',
    help: 'en respuesta a HELP',
    noop: 'en respuesta a NOOP',
    rset: 'en respuesta a RSET',
    quit: 'en respuesta a QUIT',
    any: 'en respuesta a cualquier comando',
  },
  kind: { basic: 'Código de respuesta básico (RFC 5321)', enhanced: 'Código de estado extendido (RFC 3463)' },
  none: 'ninguno',
  or: 'o',
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} es ${classPhrase} enviado ${mergeStages(stages, ES_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `normalmente acompañado de ${codes}`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.es, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.es, digits, kind, name)
    return kind === 'basic' ? `un código ${digits} (${label})` : `un código de estado ${digits} (${label})`
  },
  same: (a, b) => (a === b ? `${a} y ${b} son el mismo código.` : `${a} y ${b} son el mismo código en dos notaciones.`),
  join: (first, second) => `${first}; ${second}.`,
}

export default es
