import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

type Point = {line: number; column: number}

/** Where a message is: a point or a range, as `VFileMessage#place`. */
export type Place = Point | {start: Point; end: Point}

/**
 * A linted file as plain data that can be posted between threads: the
 * fields reporters read.
 */
export interface FileRecord {
  path: string
  cwd: string
  history: string[]
  messages: MessageRecord[]
}

/** A `VFileMessage` as plain data: every field a reporter reads, and the `suggestion` flag of the rules. */
export interface MessageRecord {
  reason: string
  place: Place | undefined
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  file: string | undefined
  stack: string | undefined
  url: string | undefined
  note: string | undefined
  actual: string | undefined
  expected: string[] | undefined
  ancestors: VFileMessage['ancestors']
  cause: CauseRecord | undefined
  suggestion: boolean | undefined
}

/** The `cause` of a message: another message, an error (with its own cause) or any other value, as text. */
export type CauseRecord =
  | {kind: 'message'; message: MessageRecord}
  | {kind: 'error'; name: string; message: string; stack: string | undefined; cause: CauseRecord | undefined}
  | {kind: 'value'; value: string}

/** The record of `file`. */
export function toFileRecord(file: VFile): FileRecord {
  return {path: file.path, cwd: file.cwd, history: [...file.history], messages: file.messages.map(toMessageRecord)}
}

/** A `VFile` with the path, history and messages of `record`. */
export function fromFileRecord(record: FileRecord): VFile {
  const file = new VFile({cwd: record.cwd, path: record.path})
  file.history = [...record.history]
  file.messages = record.messages.map(fromMessageRecord)
  return file
}

function toMessageRecord(message: VFileMessage): MessageRecord {
  return {
    reason: message.reason,
    place: message.place as Place | undefined,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    file: message.file,
    stack: message.stack,
    url: message.url,
    note: message.note,
    actual: message.actual,
    expected: message.expected,
    ancestors: message.ancestors,
    cause: message.cause === undefined ? undefined : toCauseRecord(message.cause),
    suggestion: (message as {suggestion?: boolean}).suggestion
  }
}

function fromMessageRecord(record: MessageRecord): VFileMessage {
  const message = new VFileMessage(record.reason, {
    place: record.place,
    ruleId: record.ruleId,
    source: record.source,
    ancestors: record.ancestors,
    // A cause is an error or a message, but the engine may also give any other value.
    cause: (record.cause === undefined ? undefined : fromCauseRecord(record.cause)) as Error | undefined
  })
  message.fatal = record.fatal
  message.file = record.file
  message.stack = record.stack
  message.url = record.url
  message.note = record.note
  message.actual = record.actual
  message.expected = record.expected
  if (record.suggestion !== undefined) Object.assign(message, {suggestion: record.suggestion})
  return message
}

function toCauseRecord(cause: unknown): CauseRecord {
  if (cause instanceof VFileMessage) return {kind: 'message', message: toMessageRecord(cause)}
  if (cause instanceof Error) {
    return {
      kind: 'error',
      name: cause.name,
      message: cause.message,
      stack: cause.stack,
      cause: cause.cause === undefined ? undefined : toCauseRecord(cause.cause)
    }
  }
  return {kind: 'value', value: String(cause)}
}

function fromCauseRecord(record: CauseRecord): unknown {
  if (record.kind === 'message') return fromMessageRecord(record.message)
  if (record.kind === 'value') return record.value
  const error = new Error(record.message, record.cause === undefined ? undefined : {cause: fromCauseRecord(record.cause)})
  error.name = record.name
  error.stack = record.stack
  return error
}
