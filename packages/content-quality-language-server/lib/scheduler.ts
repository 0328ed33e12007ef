/** How long to wait after an edit before checking (ms): a burst of keystrokes is checked once. */
export const debounceDelay = 100

/** The longest an edit waits for its check while edits keep coming (ms). */
export const maximumWait = 1000

/** Per document: the pending timer, when the first edit of the wait came, and the check in flight. */
interface State {
  timer: ReturnType<typeof setTimeout> | undefined
  waitingSince: number | undefined
  running: Promise<void> | undefined
  again: boolean
}

/**
 * Runs `check(uri)` for documents as they change, one check per document at
 * a time: edits within `debounceDelay` of each other are checked once (and
 * at least every `maximumWait` while they keep coming), and an edit during a
 * check makes one more check after it, of whatever text is newest then. So
 * after a burst only the latest text is linted, never each version in turn.
 * `check` reads the document itself, so it always lints the newest text.
 */
export class CheckScheduler {
  private readonly states = new Map<string, State>()

  constructor(private readonly check: (uri: string) => Promise<void>) {}

  /** Check `uri` soon: after the debounce delay, or at once when `immediately` (a document just opened). */
  schedule(uri: string, immediately = false): void {
    const state = this.stateOf(uri)
    if (state.timer) clearTimeout(state.timer)
    const now = Date.now()
    state.waitingSince ??= now
    const delay = immediately ? 0 : Math.max(0, Math.min(debounceDelay, state.waitingSince + maximumWait - now))
    state.timer = setTimeout(() => this.start(uri, state), delay)
  }

  /** Forget `uri` (a closed document): a pending check is dropped. */
  cancel(uri: string): void {
    const state = this.states.get(uri)
    if (state?.timer) clearTimeout(state.timer)
    this.states.delete(uri)
  }

  /** Drop every pending check (shutdown). */
  cancelAll(): void {
    for (const uri of [...this.states.keys()]) this.cancel(uri)
  }

  private stateOf(uri: string): State {
    let state = this.states.get(uri)
    if (!state) {
      state = {timer: undefined, waitingSince: undefined, running: undefined, again: false}
      this.states.set(uri, state)
    }
    return state
  }

  private start(uri: string, state: State): void {
    state.timer = undefined
    state.waitingSince = undefined
    if (this.states.get(uri) !== state) return
    if (state.running) {
      state.again = true
      return
    }
    // `check` reports its own errors; one that escapes must not stop later checks.
    state.running = this.check(uri)
      .catch(() => undefined)
      .then(() => {
        state.running = undefined
        if (state.again && this.states.get(uri) === state) {
          state.again = false
          this.start(uri, state)
        }
      })
  }
}
