-- Rotates through the paths given as arguments (wrk ... -s paths.lua -- /a /b /c), one per request.
local paths = {}
local i = 0
function init(args)
  for _, p in ipairs(args) do paths[#paths + 1] = p end
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
