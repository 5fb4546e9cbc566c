-- wrk script for the load test: each wrk thread requests one route of the mix (so counts per thread are counts
-- per route) and tallies the statuses it gets; done() prints them as one JSON line for load-test.mjs.
-- Routes come from the MIX env var: lines "METHOD<TAB>PATH<TAB>BODY" (body may be empty).
local routes = {}
for line in (os.getenv("MIX") or ""):gmatch("[^\n]+") do
  local method, path, body = line:match("^([^\t]*)\t([^\t]*)\t?(.*)$")
  routes[#routes + 1] = { method = method, path = path, body = body }
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("route_index", ((counter - 1) % #routes) + 1)
  table.insert(threads, thread)
end

function init(args)
  local r = routes[route_index]
  local headers = {}
  if r.method == "POST" then headers["Content-Type"] = "text/plain" end
  req = wrk.format(r.method, r.path, headers, r.body ~= "" and r.body or nil)
  statuses = {}
end

local n = 0
function request()
  if routes[route_index].method ~= "POST" then return req end
  -- POSTs come from many addresses, as on the internet, so the explain limiter lets most through and the route's
  -- real work is under load too (from one address all but the first 60 would be 429s).
  n = n + 1
  local r = routes[route_index]
  local ip = string.format("10.%d.%d.%d", route_index, math.floor(n / 250) % 250, n % 250)
  return wrk.format(r.method, r.path, { ["Content-Type"] = "text/plain", ["CF-Connecting-IP"] = ip }, r.body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local parts = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    local items = {}
    for code, n in pairs(s) do items[#items + 1] = string.format('"%d":%d', code, n) end
    parts[#parts + 1] = string.format('{"route":%d,"statuses":{%s}}', t:get("route_index"), table.concat(items, ","))
  end
  io.write("MIXRESULT " .. "[" .. table.concat(parts, ",") .. "]\n")
end
