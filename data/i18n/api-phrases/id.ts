// Indonesian API phrases: overrides of data/i18n/api-phrases.ts's English, key by key.
import type { PhraseOverrides } from './types.ts'
import { CLASS_NAMES } from '../class-names.ts'
import { classNameIn, mergeStages, commaList, type StageWording } from './shared.ts'

const ID_STAGES: StageWording = { before: 'sebagai balasan ', after: '', list: commaList('atau') }

const id: PhraseOverrides = {
  aspects: {
    class: 'Kelas',
    retry: 'Coba ulang',
    actor: 'Siapa yang harus bertindak',
    stage: 'Di mana muncul',
    rfc: 'Didefinisikan dalam',
    pairings: 'Biasanya dikirim bersama',
    kind: 'Jenis kode',
  },
  retry: {
    'none-needed': 'Tidak perlu mencoba ulang: tindakan berhasil',
    continue: 'Lanjutkan: klien mengirim bagian berikutnya',
    'retry-later': 'Coba lagi nanti: kegagalannya sementara',
    'do-not-retry-unchanged': 'Jangan ulangi tanpa perubahan: kegagalannya permanen',
  },
  actor: {
    nobody: 'Tidak ada: tidak ada yang salah',
    client: 'Perangkat lunak klien, secara otomatis',
    sender: 'Pengirim (alamat, kredensial, atau isi)',
    'sender-admin': 'Administrator sistem pengirim',
    'recipient-admin': 'Administrator sistem penerima',
  },
  stage: {
    greeting: 'saat sapaan pembuka',
    ehlo: 'sebagai balasan EHLO/HELO',
    starttls: 'sebagai balasan STARTTLS',
    auth: 'sebagai balasan AUTH',
    mail: 'sebagai balasan MAIL FROM',
    rcpt: 'sebagai balasan RCPT TO',
    data: 'sebagai balasan DATA',
    'end-of-data': 'setelah akhir data',
    bdat: 'sebagai balasan BDAT',
    burl: 'sebagai balasan BURL',
    vrfy: 'sebagai balasan VRFY',
    expn: 'sebagai balasan EXPN',
    etrn: 'sebagai balasan ETRN',
    atrn: 'sebagai balasan ATRN',
    help: 'sebagai balasan HELP',
    noop: 'sebagai balasan NOOP',
    rset: 'sebagai balasan RSET',
    quit: 'sebagai balasan QUIT',
    any: 'sebagai balasan perintah apa pun',
  },
  kind: { basic: 'Kode balasan dasar (RFC 5321)', enhanced: 'Kode status yang diperluas (RFC 3463)' },
  none: 'tidak ada',
  or: 'atau',
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} adalah ${classPhrase} yang dikirim ${mergeStages(stages, ID_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `biasanya bersama ${codes}`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.id, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.id, digits, kind, name)
    return kind === 'basic' ? `kode ${digits} (${label})` : `kode status ${digits} (${label})`
  },
  same: (a, b) => (a === b ? `${a} dan ${b} adalah kode yang sama.` : `${a} dan ${b} adalah kode yang sama dalam dua penulisan.`),
  join: (first, second) => `${first}; ${second}.`,
}

export default id
