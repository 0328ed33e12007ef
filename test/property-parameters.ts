/**
 * How the property tests draw their cases: `PROPERTY_RUNS` cases each
 * (default 100), from the seed `PROPERTY_SEED` when set (to replay a
 * failure), else a fixed seed in CI (`CI` set, as `.ci/run` does: the same
 * cases on every run) and a new random seed locally, so new bugs keep
 * turning up. fast-check prints the seed and path of any failure.
 */
const fixedCiSeed = 20_261_202

/** The fast-check parameters of a property with `runs` cases by default. */
export function propertyParameters(runs = 100): {numRuns: number; includeErrorInReport: true; seed?: number} {
  const numRuns = Number(process.env.PROPERTY_RUNS ?? runs)
  const seed = process.env.PROPERTY_SEED !== undefined ? Number(process.env.PROPERTY_SEED) : process.env.CI ? fixedCiSeed : undefined
  return {numRuns, includeErrorInReport: true, ...(seed === undefined ? {} : {seed})}
}
