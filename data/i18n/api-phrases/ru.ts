// Russian API phrases: overrides of data/i18n/api-phrases.ts's English, key by key.
import type { PhraseOverrides } from './types.ts'
import { CLASS_NAMES } from '../class-names.ts'
import { classNameIn, mergeStages, commaList, type StageWording } from './shared.ts'

const RU_STAGES: StageWording = { before: 'на ', after: '', list: commaList('или') }

const ru: PhraseOverrides = {
  aspects: {
    class: 'Класс',
    retry: 'Повтор',
    actor: 'Кто должен действовать',
    stage: 'Где возникает',
    rfc: 'Определён в',
    pairings: 'Обычно вместе с',
    kind: 'Тип кода',
  },
  retry: {
    'none-needed': 'Повтор не нужен: действие выполнено',
    continue: 'Продолжить: клиент отправляет следующую часть',
    'retry-later': 'Повторить позже: сбой временный',
    'do-not-retry-unchanged': 'Не повторять без изменений: сбой постоянный',
  },
  actor: {
    nobody: 'Никто: всё в порядке',
    client: 'Клиентская программа, автоматически',
    sender: 'Отправитель (адрес, учётные данные или содержимое)',
    'sender-admin': 'Администратор отправляющей системы',
    'recipient-admin': 'Администратор принимающей системы',
  },
  stage: {
    greeting: 'при приветствии',
    ehlo: 'на EHLO/HELO',
    starttls: 'на STARTTLS',
    auth: 'на AUTH',
    mail: 'на MAIL FROM',
    rcpt: 'на RCPT TO',
    data: 'на DATA',
    'end-of-data': 'после конца данных',
    bdat: 'на BDAT',
    burl: 'на BURL',
    vrfy: 'на VRFY',
    expn: 'на EXPN',
    etrn: 'на ETRN',
    atrn: 'на ATRN',
    help: 'на HELP',
    noop: 'на NOOP',
    rset: 'на RSET',
    quit: 'на QUIT',
    any: 'на любую команду',
  },
  kind: { basic: 'Базовый код ответа (RFC 5321)', enhanced: 'Расширенный код состояния (RFC 3463)' },
  none: 'нет',
  or: 'или',
  // "535 — ответ 5xx (…) на AUTH": the dash is how Russian says "is". An enhanced code is not itself a reply, it
  // travels in one, hence "в ответе на RCPT TO".
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} — ${classPhrase} ${mergeStages(stages, RU_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `обычно вместе с ${codes}`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.ru, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.ru, digits, kind, name)
    return kind === 'basic' ? `ответ ${digits} (${label})` : `код состояния ${digits} (${label}) в ответе`
  },
  same: (a, b) => (a === b ? `${a} и ${b} — один и тот же код.` : `${a} и ${b} — один и тот же код в двух записях.`),
  join: (first, second) => `${first}; ${second}.`,
}

export default ru
