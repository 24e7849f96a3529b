-- wrk script: every request goes to the next path of a file, so (with enough distinct paths) nearly every request
-- misses the service's response cache.
--
--   wrk -t2 -c16 -d15s --latency -s bench/rotate.lua http://127.0.0.1:18080 -- PATHS_FILE THREADS
--
-- PATHS_FILE holds one request path per line (starting with "/", already URL-encoded). Thread k of THREADS takes
-- lines k, k+THREADS, k+2*THREADS, ... so no two threads send the same path; the connections of one thread share
-- its position. After the last line a thread starts again from its first one (bench/run.sh reports when a run
-- sent more requests than the file has lines, i.e. when some requests may have been cache hits).

local thread_count = 0

function setup(thread)
  thread:set("tid", thread_count)
  thread_count = thread_count + 1
end

local paths = {}
local n = 0
local pos = 0
local step = 1

function init(args)
  local file = args[1]
  step = tonumber(args[2] or "1")
  if file == nil then
    error("usage: -s rotate.lua URL -- PATHS_FILE THREADS")
  end
  for line in io.lines(file) do
    if #line > 0 then
      n = n + 1
      paths[n] = line
    end
  end
  if n == 0 then
    error("no paths in " .. file)
  end
  pos = tid or 0
end

function request()
  local path = paths[(pos % n) + 1]
  pos = pos + step
  return wrk.format("GET", path)
end
