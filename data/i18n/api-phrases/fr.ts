// French API phrases: overrides of data/i18n/api-phrases.ts's English, key by key.
import type { PhraseOverrides } from './types.ts'
import { CLASS_NAMES } from '../class-names.ts'
import { classNameIn, mergeStages, commaList, type StageWording } from './shared.ts'

const FR_STAGES: StageWording = { before: 'en réponse à ', after: '', list: commaList('ou') }

const fr: PhraseOverrides = {
  aspects: {
    class: 'Classe',
    retry: 'Nouvel essai',
    actor: 'Qui doit agir',
    stage: 'Où il survient',
    rfc: 'Défini dans',
    pairings: 'Généralement associé à',
    kind: 'Type de code',
  },
  retry: {
    'none-needed': 'Aucun nouvel essai : l’action a réussi',
    continue: 'Continuer : le client envoie la partie suivante',
    'retry-later': 'Réessayer plus tard : l’échec est temporaire',
    'do-not-retry-unchanged': 'Ne pas réessayer à l’identique : l’échec est permanent',
  },
  actor: {
    nobody: 'Personne : tout va bien',
    client: 'Le logiciel client, automatiquement',
    sender: 'L’expéditeur (adresse, identifiants ou contenu)',
    'sender-admin': 'L’administrateur du système expéditeur',
    'recipient-admin': 'L’administrateur du système destinataire',
  },
  stage: {
    greeting: 'à l’accueil du serveur',
    ehlo: 'en réponse à EHLO/HELO',
    starttls: 'en réponse à STARTTLS',
    auth: 'en réponse à AUTH',
    mail: 'en réponse à MAIL FROM',
    rcpt: 'en réponse à RCPT TO',
    data: 'en réponse à DATA',
    'end-of-data': 'après la fin des données',
    bdat: 'en réponse à BDAT',
    burl: 'en réponse à BURL',
    vrfy: 'en réponse à VRFY',
    expn: 'en réponse à EXPN',
    etrn: 'en réponse à ETRN',
    atrn: 'en réponse à ATRN',
    help: 'en réponse à HELP',
    noop: 'en réponse à NOOP',
    rset: 'en réponse à RSET',
    quit: 'en réponse à QUIT',
    any: 'en réponse à n’importe quelle commande',
  },
  kind: { basic: 'Code de réponse de base (RFC 5321)', enhanced: 'Code d’état étendu (RFC 3463)' },
  none: 'aucun',
  or: 'ou',
  // "envoyé" fits every stage phrase: "envoyé en réponse à AUTH", "envoyé à l’accueil du serveur".
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} est ${classPhrase} envoyé ${mergeStages(stages, FR_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `généralement accompagné de ${codes}`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.fr, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.fr, digits, kind, name)
    return kind === 'basic' ? `un code ${digits} (${label})` : `un code d’état ${digits} (${label})`
  },
  same: (a, b) => (a === b ? `${a} et ${b} sont le même code.` : `${a} et ${b} sont le même code, écrit de deux façons.`),
  join: (first, second) => `${first} ; ${second}.`,
}

export default fr
