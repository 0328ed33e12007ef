/** Raised when a rule is configured with options it does not accept. */
export class OptionsError extends Error {
  override name = 'OptionsError'
}

/** How one option is checked. */
export type OptionSpec =
  | {type: 'boolean'}
  | {type: 'string'}
  | {type: 'string-array'}
  | {type: 'integer'; minimum: number; maximum: number}
  | {type: 'number'; minimum: number; maximum: number}

/** The accepted options of a rule: option name to its spec. */
export type OptionsSpec<Options> = {[Key in keyof Options]-?: OptionSpec}

/**
 * Check raw options from a configuration file against `spec` and fill in
 * `defaults`; throws an `OptionsError` naming the option and what it accepts.
 */
export function readOptions<Options extends object>(
  raw: unknown,
  spec: OptionsSpec<Options>,
  defaults: Options
): Options {
  if (raw === undefined || raw === null) return {...defaults}
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new OptionsError(
      'Unexpected options ' + describe(raw) + ', expected an object with ' + listNames(spec)
    )
  }

  const result: Record<string, unknown> = {...(defaults as Record<string, unknown>)}
  for (const [name, value] of Object.entries(raw)) {
    const option = (spec as Record<string, OptionSpec | undefined>)[name]
    if (!option) {
      throw new OptionsError(
        'Unexpected option `' + name + '`, expected one of ' + listNames(spec)
      )
    }
    if (value === undefined) continue
    if (!accepts(option, value)) {
      throw new OptionsError(
        'Unexpected value ' + describe(value) + ' for option `' + name + '`, expected ' + expectation(option)
      )
    }
    result[name] = value
  }
  return result as Options
}

/** The JSON Schema of an options spec, for tools such as ESLint's `meta.schema`. */
export function optionsJsonSchema<Options extends object>(spec: OptionsSpec<Options>): object {
  const properties: Record<string, object> = {}
  for (const [name, option] of Object.entries(spec) as Array<[string, OptionSpec]>) {
    properties[name] =
      option.type === 'string-array'
        ? {type: 'array', items: {type: 'string'}}
        : option.type === 'boolean' || option.type === 'string'
          ? {type: option.type}
          : {type: option.type, minimum: option.minimum, maximum: option.maximum}
  }
  return {type: 'object', properties, additionalProperties: false}
}

function accepts(option: OptionSpec, value: unknown): boolean {
  switch (option.type) {
    case 'boolean':
      return typeof value === 'boolean'
    case 'string':
      return typeof value === 'string'
    case 'string-array':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
    case 'integer':
      return Number.isInteger(value) && inRange(option, value as number)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && inRange(option, value)
  }
}

function inRange(option: {minimum: number; maximum: number}, value: number): boolean {
  return value >= option.minimum && value <= option.maximum
}

function expectation(option: OptionSpec): string {
  switch (option.type) {
    case 'boolean':
      return '`true` or `false`'
    case 'string':
      return 'a string'
    case 'string-array':
      return 'an array of strings'
    case 'integer':
      return 'an integer from ' + option.minimum + ' to ' + option.maximum
    case 'number':
      return 'a number from ' + option.minimum + ' to ' + option.maximum
  }
}

function listNames(spec: object): string {
  return Object.keys(spec)
    .map((name) => '`' + name + '`')
    .join(', ')
}

function describe(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return '`' + (text.length > 40 ? text.slice(0, 37) + '...' : text) + '`'
}
