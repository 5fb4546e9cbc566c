// The code index: every basic and enhanced code by class.
import { PAGE_LABELS } from '../../../data/i18n/page-labels.ts'
import { listCodes } from '../../core/codes.ts'
import { sendPage, type PageHandler } from '../../http/page-cache.ts'
import { codePath } from '../../views/code-views.tsx'
import { Layout } from '../../views/layout.tsx'

export const codeIndexPage: PageHandler = (c, ctx) => {
  const l = PAGE_LABELS[ctx.lang]
  const byClass = (kind: 'basic' | 'enhanced', cls: number) => listCodes({ kind, class: cls as 2 | 3 | 4 | 5 })
  return sendPage(
    c,
    ctx,
    <Layout
      lang={ctx.lang}
      origin={ctx.origin}
      path="/codes"
      title={`${l.codes} — ${l.siteName}`}
      description={`${l.basicCodes}, ${l.enhancedCodes}`}
    >
      <h1>{l.codes}</h1>
      <h2>{l.basicCodes}</h2>
      {[2, 3, 4, 5].map((cls) => (
        <section id={`basic-${cls}`}>
          <h3 class={`c${cls}`}>{cls}xx</h3>
          <ul>
            {byClass('basic', cls).map((s) => (
              <li>
                <a href={codePath(ctx.lang, s.code)}>{s.code}</a> — <span lang="en">{s.title}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>{l.enhancedCodes}</h2>
      {[2, 4, 5].map((cls) => (
        <section id={`enhanced-${cls}`}>
          <h3 class={`c${cls}`}>{cls}.x.x</h3>
          <ul>
            {byClass('enhanced', cls).map((s) => {
              const code = `${cls}.${s.code.slice(2)}`
              return (
                <li>
                  <a href={codePath(ctx.lang, code)}>{code}</a> — <span lang="en">{s.title}</span>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </Layout>,
  )
}
