-- wrk script of the bench's search load (scripts/bench/search-load.ts): every request searches
-- for two words of the site's own vocabulary, a pair no request of the run has asked for before,
-- so no cache can answer it. Arguments: the word file (one word a line), the first pair to ask
-- for (a run continues where the last one stopped), and the number of wrk threads. At the end it
-- prints "next pair: <k>", where the next run starts.
-- With n words (n odd), pair k is word (k mod n) and the word d = 1 + floor(k / n) places after
-- it: k < n(n-1)/2 enumerates every unordered pair exactly once.
-- Globals, not locals: done() reads them from each thread.
words = {}
counter = 0
first = 0
threads = 1
local started = {}

function setup(thread)
  thread:set("id", #started)
  started[#started + 1] = thread
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then words[#words + 1] = line end
  end
  first = tonumber(args[2]) or 0
  threads = tonumber(args[3]) or 1
end

function request()
  local n = #words
  local k = (first + counter * threads + id) % (n * math.floor((n - 1) / 2))
  counter = counter + 1
  local i = k % n
  local j = (i + 1 + math.floor(k / n)) % n
  return wrk.format(nil, "/search?q=" .. words[i + 1] .. "+" .. words[j + 1])
end

function done(summary, latency, requests)
  local next = 0
  for _, thread in ipairs(started) do
    local after = thread:get("first") + thread:get("counter") * thread:get("threads") + thread:get("id")
    if after > next then next = after end
  end
  io.write(string.format("next pair: %d\n", next))
end
