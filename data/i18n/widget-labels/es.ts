import type { WidgetLabels } from '../widget-labels.ts'

export default {
  loading: 'Cargando código SMTP…',
  error: 'No se pudo cargar este código SMTP.',
  openPage: 'Abrir la página de comparación',
  openCodePage: 'Abrir la página del código',
  unreachable: 'No se pudo contactar con el servicio de códigos SMTP.',
  aspect: 'Aspecto',
  shared: 'en común',
  differs: 'difiere',
  note: 'Nota',
  fixSender: 'Cómo solucionarlo (remitente)',
  fixAdmin: 'Cómo solucionarlo (administrador)',
  details: 'Detalles',
  timeline: 'Dónde en la sesión SMTP',
  arises: 'surge aquí',
  classLabel: 'Clase',
  references: 'Referencias',
} satisfies WidgetLabels
