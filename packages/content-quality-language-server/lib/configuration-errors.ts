import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {causeLines, placeOfMessage} from './diagnostics.js'

/**
 * The configuration error of a linted document, in one line: its first
 * fatal message that has no place in the document (a configuration file
 * that does not parse, a plugin that cannot be loaded, invalid rule options,
 * an engine failure), with the chain of its causes. Fatal messages with a
 * place (a rule set to `error`, MDX that does not parse) are the document's
 * own and only diagnostics.
 */
export function configurationError(file: VFile | undefined): string | undefined {
  const fatal = file?.messages.find((message: VFileMessage) => message.fatal === true && !placeOfMessage(message))
  return fatal && (fatal.reason + causeLines(fatal)).replaceAll('\n', ': ')
}

/**
 * The client's log of configuration errors: one short line for an error,
 * naming the document it broke first and the reason, and no more lines while
 * it lasts, however many documents it breaks and however often they are
 * checked.
 */
export class ConfigurationErrorLog {
  private readonly current = new Map<string, string>()

  constructor(private readonly write: (line: string) => void) {}

  /** Note the configuration error (or none) of the latest check of document `uri`, named `name` in the log. */
  note(uri: string, name: string, file: VFile | undefined): void {
    const reason = configurationError(file)
    const previous = this.current.get(uri)
    if (reason === undefined) {
      this.current.delete(uri)
      return
    }
    const elsewhere = [...this.current].some(([other, known]) => other !== uri && known === reason)
    this.current.set(uri, reason)
    if (reason !== previous && !elsewhere) this.write('content-quality-language-server: ' + name + ': ' + reason)
  }

  /** Forget document `uri` (closed). */
  forget(uri: string): void {
    this.current.delete(uri)
  }
}
