// Each corpus MTA listens on its own port of 127.0.0.1; outbound mail looks up
// the MX as usual and then uses that MTA's port instead of 25. Other domains
// (nosuch.test, refused.test, ...) go through Haraka's own DNS path.
const PORTS = {
  'postfix.test': 2525,
  'greylist.test': 2525,
  'example.com': 2525,
  'exim.test': 2526,
  'example.net': 2526,
  'greylist-exim.test': 2526,
  'sendmail.test': 2527,
  'example.org': 2527,
  'refused.test': 2529,
}
const HOST = { 2525: 'mx.postfix.test', 2526: 'mx.exim.test', 2527: 'mx.sendmail.test', 2529: 'mx.refused.test' }

exports.register = function () {
  this.register_hook('get_mx', 'corpus_mx')
}

exports.corpus_mx = (next, hmail, domain) => {
  const port = PORTS[domain]
  if (!port) return next()
  next(OK, { priority: 10, exchange: HOST[port], port })
}
