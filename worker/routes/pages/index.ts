// The human pages, one file each in this folder, from the same core functions as the API. Every page exists with
// and without a language prefix (/vi/compare/252-vs-535): the pages are one sub-app, mounted twice.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { EXPLAIN_MAX_BYTES, FORM_FRAMING_MAX_BYTES, PASTE_MAX_BYTES } from '../../api/limits.ts'
import { LOCALE_PATTERN } from '../../core/locale.ts'
import { parseSearch } from '../../core/search.ts'
import { pageRoute } from '../../http/page-cache.ts'
import { explainRateLimit } from '../../middleware/rate-limit.ts'
import { withRuleSet } from '../../middleware/rule-set.ts'
import { CSS_PATH } from '../../views/styles.ts'
import { codePage } from './code.tsx'
import { codeIndexPage } from './codes.tsx'
import { comparePage } from './compare.tsx'
import { explainPage, explainTooLarge } from './explain.tsx'
import { homePage } from './home.tsx'
import { problemIndexPage, problemPage } from './problems.tsx'
import { reasonIndexPage, reasonPage } from './reasons.tsx'
import { search } from './search.ts'
import { robots, sitemap } from './sitemap.ts'

import { searchTooLargePage, tooManyRequestsPage } from './error.tsx'

export { notFoundPage } from './error.tsx'

// A whole bounce message or log excerpt may be 256 KiB (the API's limit). That limit is the pasted field's
// (explainPage checks it); the body may hold the form's framing on top. Over either, the page says so in its language.
const pasteTooLarge = bodyLimit({ maxSize: PASTE_MAX_BYTES + FORM_FRAMING_MAX_BYTES, onError: explainTooLarge })
const pastedTooLarge = bodyLimit({ maxSize: EXPLAIN_MAX_BYTES, onError: searchTooLargePage })
// Pasted text shares the throttle of /v1/explain: every POST, and GETs whose query carries a reply.
// A refused person gets an HTML page in their language; the API keeps its problem+json.
const searchThrottle = explainRateLimit({
  when: (c) => c.req.method === 'POST' || parseSearch(c.req.query('q') ?? '').kind === 'reply',
  refuse: tooManyRequestsPage,
})
const explainThrottle = explainRateLimit({
  when: (c) => c.req.method === 'POST' || (c.req.query('reply') ?? '').trim() !== '',
  refuse: tooManyRequestsPage,
})

const localized = new Hono()
localized.get('/', pageRoute(homePage))
localized.get('/codes', pageRoute(codeIndexPage))
localized.get('/codes/:code', withRuleSet, pageRoute(codePage))
localized.get('/compare/:pair', pageRoute(comparePage))
localized.get('/search', searchThrottle, search)
localized.post('/search', searchThrottle, pastedTooLarge, search)
localized.get('/explain', explainThrottle, withRuleSet, explainPage)
localized.post('/explain', explainThrottle, pasteTooLarge, withRuleSet, explainPage)
localized.get('/problems', pageRoute(problemIndexPage))
localized.get('/problems/:kind', pageRoute(problemPage))
localized.get('/reasons', withRuleSet, pageRoute(reasonIndexPage))
localized.get('/reasons/:reason', withRuleSet, pageRoute(reasonPage))

const L = `/:lang{${LOCALE_PATTERN}}`

export const pages = new Hono()
pages.route('/', localized)
pages.route(L, localized)
// The sub-app's '/' mounted under the prefix is '/vi'; the home page's canonical address is '/vi/'.
pages.get(`${L}/`, pageRoute(homePage))

// The current stylesheet is a static asset (assets/, never reaches the Worker); a page cached from an earlier
// deploy asks for an older name and is sent to the current one (the current name here means no assets: no loop).
pages.get('/:file{styles\\.[0-9a-f]+\\.css}', (c) => (c.req.path === CSS_PATH ? c.notFound() : c.redirect(CSS_PATH, 301)))
pages.get('/sitemap.xml', sitemap)
pages.get('/robots.txt', robots)
