// The problem types of the API: the `type` URI of every problem (/problems/malformed-code) opens its documentation
// here (RFC 9457 §3.1.1 resolves it against the request's URI), and /problems lists them all. English only, but
// served under every language prefix so that the language switcher's links resolve.
import { PAGE_LABELS } from '../../../data/i18n/page-labels.ts'
import { localizedPath } from '../../core/locale.ts'
import { sendPage, type PageHandler } from '../../http/page-cache.ts'
import { PROBLEM_DOCS, PROBLEM_TITLES, type ProblemKind } from '../../http/problem.ts'
import { Layout } from '../../views/layout.tsx'
import { notFoundPage } from './error.tsx'

export const problemPage: PageHandler = (c, ctx) => {
  const kind = c.req.param('kind') ?? ''
  if (!Object.hasOwn(PROBLEM_DOCS, kind)) return notFoundPage(c)
  const doc = PROBLEM_DOCS[kind as ProblemKind]
  const title = PROBLEM_TITLES[kind as ProblemKind]
  return sendPage(
    c,
    ctx,
    <Layout
      lang={ctx.lang}
      origin={ctx.origin}
      path={`/problems/${kind}`}
      title={`${title} — ${PAGE_LABELS[ctx.lang].siteName}`}
      description={doc.meaning}
    >
      <article lang="en">
        <h1>{title}</h1>
        <p>
          HTTP {doc.status} · <code>application/problem+json</code> (RFC 9457) · <code>type: "/problems/{kind}"</code>
        </p>
        <p>{doc.meaning}</p>
        <p>{doc.action}</p>
        <p>
          <a href={localizedPath(ctx.lang, '/problems')}>Every problem type</a>
        </p>
      </article>
    </Layout>,
  )
}

export const problemIndexPage: PageHandler = (c, ctx) =>
  sendPage(
    c,
    ctx,
    <Layout
      lang={ctx.lang}
      origin={ctx.origin}
      path="/problems"
      title={`API problem types — ${PAGE_LABELS[ctx.lang].siteName}`}
      description="The problem types of the API"
    >
      <article lang="en">
        <h1>API problem types</h1>
        <p>
          Every API error is an RFC 9457 problem; its <code>type</code> is one of these.
        </p>
        <ul>
          {(Object.keys(PROBLEM_DOCS) as ProblemKind[]).map((kind) => (
            <li>
              <a href={localizedPath(ctx.lang, `/problems/${kind}`)}>{PROBLEM_TITLES[kind]}</a> ({PROBLEM_DOCS[kind].status})
            </li>
          ))}
        </ul>
      </article>
    </Layout>,
  )
