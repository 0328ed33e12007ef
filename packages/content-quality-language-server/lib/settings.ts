/** The editor settings section the server asks the client for (`requireConfig`, `ignorePath`). */
export const configurationSection = 'contentQuality'

/** The server's settings, from the client's `contentQuality` section. */
export interface Settings {
  /** Lint only documents with a remark configuration file of their own (no preset fallback). */
  requireConfig: boolean
  /** An ignore file to use instead of `.remarkignore`, relative to the workspace folder. */
  ignorePath: string | undefined
  /** Resolve `ignorePath` patterns from its folder (`dir`) or the workspace folder (`cwd`). */
  ignorePathResolveFrom: 'cwd' | 'dir' | undefined
}

/** The settings when the client sends none. */
export const defaultSettings: Settings = {requireConfig: false, ignorePath: undefined, ignorePathResolveFrom: undefined}

/** Read settings from what a client sent: values of the wrong type are left at their defaults. */
export function readSettings(raw: unknown): Settings {
  const section = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  const {ignorePath, ignorePathResolveFrom, requireConfig} = section
  return {
    requireConfig: requireConfig === true,
    ignorePath: typeof ignorePath === 'string' && ignorePath !== '' ? ignorePath : undefined,
    ignorePathResolveFrom: ignorePathResolveFrom === 'cwd' || ignorePathResolveFrom === 'dir' ? ignorePathResolveFrom : undefined
  }
}
