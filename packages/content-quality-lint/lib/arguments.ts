import {reporterNames, type ReportOptions} from './report.js'

/** A `--jobs` value: a positive integer; throws an error that says what is wrong. */
export function parseJobs(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) {
    throw new Error('Unexpected `--jobs` value `' + value + '`, expected a positive integer')
  }
  return Number(value)
}

/** A `--report` value: the name of a reporter; throws an error that says what is wrong. */
export function parseReporter(value: string): ReportOptions['reporter'] {
  const name = reporterNames.find((name) => name === value)
  if (!name) {
    throw new Error('Unexpected `--report` value `' + value + '`, expected ' + reporterNames.map((name) => '`' + name + '`').join(' or '))
  }
  return name
}
