// Submission instance: every client on this (loopback-only) listener may relay,
// as an MSA lets its authenticated users.
exports.register = function () {
  this.register_hook('connect', 'allow_relay')
}

exports.allow_relay = (next, connection) => {
  connection.relaying = true
  next()
}
