// Portuguese API phrases: overrides of data/i18n/api-phrases.ts's English, key by key.
import type { PhraseOverrides } from './types.ts'
import { CLASS_NAMES } from '../class-names.ts'
import { classNameIn, mergeStages, commaList, type StageWording } from './shared.ts'

const PT_STAGES: StageWording = { before: 'em resposta a ', after: '', list: commaList('ou') }

const pt: PhraseOverrides = {
  aspects: {
    class: 'Classe',
    retry: 'Nova tentativa',
    actor: 'Quem deve agir',
    stage: 'Onde surge',
    rfc: 'Definido em',
    pairings: 'Geralmente enviado com',
    kind: 'Tipo de código',
  },
  retry: {
    'none-needed': 'Nenhuma nova tentativa: a ação foi concluída',
    continue: 'Continuar: o cliente envia a próxima parte',
    'retry-later': 'Tentar mais tarde: a falha é temporária',
    'do-not-retry-unchanged': 'Não repetir sem alterações: a falha é permanente',
  },
  actor: {
    nobody: 'Ninguém: nada está errado',
    client: 'O software cliente, automaticamente',
    sender: 'O remetente (endereço, credenciais ou conteúdo)',
    'sender-admin': 'O administrador do sistema remetente',
    'recipient-admin': 'O administrador do sistema destinatário',
  },
  stage: {
    greeting: 'na saudação',
    ehlo: 'em resposta a EHLO/HELO',
    starttls: 'em resposta a STARTTLS',
    auth: 'em resposta a AUTH',
    mail: 'em resposta a MAIL FROM',
    rcpt: 'em resposta a RCPT TO',
    data: 'em resposta a DATA',
    'end-of-data': 'após o fim dos dados',
    bdat: 'em resposta a BDAT',
    burl: 'em resposta a BURL',
    vrfy: 'em resposta a VRFY',
    expn: 'em resposta a EXPN',
    etrn: 'em resposta a ETRN',
    atrn: 'em resposta a ATRN',
    help: 'em resposta a HELP',
    noop: 'em resposta a NOOP',
    rset: 'em resposta a RSET',
    quit: 'em resposta a QUIT',
    any: 'em resposta a qualquer comando',
  },
  kind: { basic: 'Código de resposta básico (RFC 5321)', enhanced: 'Código de status estendido (RFC 3463)' },
  none: 'nenhum',
  or: 'ou',
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} é ${classPhrase} enviado ${mergeStages(stages, PT_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `geralmente acompanhado de ${codes}`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.pt, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.pt, digits, kind, name)
    return kind === 'basic' ? `um código ${digits} (${label})` : `um código de status ${digits} (${label})`
  },
  same: (a, b) => (a === b ? `${a} e ${b} são o mesmo código.` : `${a} e ${b} são o mesmo código em duas notações.`),
  join: (first, second) => `${first}; ${second}.`,
}

export default pt
