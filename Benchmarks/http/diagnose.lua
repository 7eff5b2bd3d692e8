-- wrk script: POST /diagnostics with realistic learner profiles, one after another.
-- Usage: wrk -t1 -c16 -d20s -s Benchmarks/http/diagnose.lua http://127.0.0.1:18080/diagnostics
-- Non-2xx answers are counted by wrk itself ("Non-2xx or 3xx responses") and reported by the runner.

local profiles = {
  [[{"text":"I have worked as a care assistant in a residential home in Kidderminster for six years. I support residents with personal care, medication rounds and moving and handling, keep care plans up to date and train new starters. I would like to move into nursing or a supervisory role.","currentTitle":"Care assistant","aspiration":"nursing associate","constraints":{"districts":["wyre-forest","worcester"]}}]],
  [[{"text":"Left school with GCSEs in maths and English. Part-time job at a supermarket on the tills and stacking shelves, good with customers. I like computers and built my own PC, did some Python at school. Want to get into IT support or coding.","aspiration":"software developer"}]],
  [[{"text":"Fifteen years as a forklift driver and warehouse operative, counterbalance and reach truck licences, stock control on SAP, health and safety rep. Back injury means I need less physical work, maybe office or logistics planning, part-time or online study.","currentTitle":"Warehouse operative","constraints":{"deliveryModes":["online"]}}]],
  [[{"text":"Returning to work after raising three children. Before that I was a bookkeeper for a small building firm: invoices, payroll, VAT returns in Sage, bank reconciliations. Volunteer treasurer for the school PTA. Interested in accountancy qualifications."}]],
  [[{"text":"MIG and TIG welder, fabrication of steel frames, reading engineering drawings, some CNC machining. Level 2 NVQ in fabrication and welding. Looking to move up to a maintenance technician or engineering technician role.","currentTitle":"Welder fabricator","constraints":{"districts":["redditch","bromsgrove"]}}]],
}

local requests = {}
local counter = 0

function init(args)
  for i, body in ipairs(profiles) do
    requests[i] = wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
  end
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end
