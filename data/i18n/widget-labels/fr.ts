import type { WidgetLabels } from '../widget-labels.ts'

export default {
  loading: 'Chargement du code SMTP…',
  error: 'Impossible de charger ce code SMTP.',
  openPage: 'Ouvrir la page de comparaison',
  openCodePage: 'Ouvrir la page du code',
  unreachable: 'Le service des codes SMTP est injoignable.',
  aspect: 'Aspect',
  shared: 'commun',
  differs: 'différent',
  note: 'Remarque',
  fixSender: 'Comment corriger (expéditeur)',
  fixAdmin: 'Comment corriger (administrateur)',
  details: 'Détails',
  timeline: 'Où dans la session SMTP',
  arises: 'survient ici',
  classLabel: 'Classe',
  references: 'Références',
} satisfies WidgetLabels
