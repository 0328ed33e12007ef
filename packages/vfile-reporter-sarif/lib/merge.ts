import type {Artifact, ArtifactLocation, Log, ReportingDescriptor, Result, Run} from 'sarif'

/** A result with the run it came from, to look up its rule and artifacts. */
interface Entry {
  result: Result
  run: Run
}

/** The runs of one tool being merged: the first run (its other fields are kept) and all of them. */
interface ToolRuns {
  first: Run
  runs: Run[]
}

/**
 * Merge SARIF logs (JSON text) made by this reporter, such as those of the
 * shards of one run, into one log (JSON text): one run per tool (same driver
 * name and version), its rules and artifacts deduplicated (by id and by URI,
 * indices in results remapped), its results concatenated and sorted by the
 * path their artifact URI names (the order files are reported in), then in
 * their original order. The log keeps the `$schema` of the first log that
 * names one. Merging the logs of all shards gives the log of the
 * run without shards.
 */
export function mergeSarif(logs: readonly string[]): string {
  const tools = new Map<string, ToolRuns>()
  let schema: string | undefined

  for (const text of logs) {
    const log = JSON.parse(text) as Log
    schema ??= log.$schema
    for (const run of log.runs) {
      const key = run.tool.driver.name + '\0' + (run.tool.driver.version ?? '')
      const tool = tools.get(key)
      if (tool) tool.runs.push(run)
      else tools.set(key, {first: run, runs: [run]})
    }
  }

  const merged: Log = {
    ...(schema ? {$schema: schema} : {}),
    version: '2.1.0',
    runs: [...tools.values()].map(mergeRuns)
  }
  return JSON.stringify(merged, null, 2) + '\n'
}

/** One run of the results, rules and artifacts of `tool.runs`. */
function mergeRuns(tool: ToolRuns): Run {
  const entries: Entry[] = tool.runs.flatMap((run) => (run.results ?? []).map((result) => ({result, run})))
  entries.sort((left, right) => compare(pathOf(left.result), pathOf(right.result)))

  const rules: ReportingDescriptor[] = []
  const ruleIndexes = new Map<string, number>()
  const artifacts: Artifact[] = []
  const artifactIndexes = new Map<string, number>()

  for (const {result, run} of entries) {
    const rules_ = run.tool.driver.rules ?? []
    const rule = result.ruleIndex === undefined ? rules_.find((rule) => rule.id === result.ruleId) : rules_[result.ruleIndex]
    if (rule) {
      const index = addOnce(rules, ruleIndexes, rule.id, rule)
      if (result.ruleIndex !== undefined) result.ruleIndex = index
    }
    for (const location of artifactLocationsOf(result)) {
      const artifact = location.index === undefined ? undefined : run.artifacts?.[location.index]
      if (artifact) location.index = addOnce(artifacts, artifactIndexes, artifact.location?.uri ?? '', artifact)
    }
  }

  // Rules and artifacts no result points to are kept too.
  for (const run of tool.runs) {
    for (const rule of run.tool.driver.rules ?? []) addOnce(rules, ruleIndexes, rule.id, rule)
    for (const artifact of run.artifacts ?? []) addOnce(artifacts, artifactIndexes, artifact.location?.uri ?? '', artifact)
  }

  const {first} = tool
  const run: Run = {...first, tool: {...first.tool, driver: {...first.tool.driver, rules}}}
  if (artifacts.length > 0) run.artifacts = artifacts
  run.results = entries.map((entry) => entry.result)
  return run
}

/** Add `value` under `key` unless there is one already; gives its index. */
function addOnce<T>(list: T[], indexes: Map<string, number>, key: string, value: T): number {
  let index = indexes.get(key)
  if (index === undefined) {
    index = list.length
    indexes.set(key, index)
    list.push(value)
  }
  return index
}

/** Every artifact location of `result`: its locations, related locations and fixes. */
function artifactLocationsOf(result: Result): ArtifactLocation[] {
  const locations = [...(result.locations ?? []), ...(result.relatedLocations ?? [])]
  return [
    ...locations.flatMap((location) => location.physicalLocation?.artifactLocation ?? []),
    ...(result.fixes ?? []).flatMap((fix) => fix.artifactChanges.map((change) => change.artifactLocation))
  ]
}

/** The path the URI of a result's first location names (`''` without one). */
function pathOf(result: Result): string {
  const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''
  try {
    return decodeURIComponent(uri)
  } catch {
    // Not percent-encoded as this reporter writes it (a lone `%`): ordered as written.
    return uri
  }
}

/** Order by UTF-16 code units, as files are sorted before they are reported. */
function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
