import type { WidgetLabels } from '../widget-labels.ts'

export default {
  loading: 'Carregando código SMTP…',
  error: 'Não foi possível carregar este código SMTP.',
  openPage: 'Abrir a página de comparação',
  openCodePage: 'Abrir a página do código',
  unreachable: 'Não foi possível contactar o serviço de códigos SMTP.',
  aspect: 'Aspecto',
  shared: 'em comum',
  differs: 'difere',
  note: 'Nota',
  fixSender: 'Como corrigir (remetente)',
  fixAdmin: 'Como corrigir (administrador)',
  details: 'Detalhes',
  timeline: 'Onde na sessão SMTP',
  arises: 'ocorre aqui',
  classLabel: 'Classe',
  references: 'Referências',
} satisfies WidgetLabels
