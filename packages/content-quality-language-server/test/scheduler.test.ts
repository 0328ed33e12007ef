import assert from 'node:assert/strict'
import {afterEach, beforeEach, describe, it, mock} from 'node:test'
import {CheckScheduler, debounceDelay} from '../lib/scheduler.ts'

/** A scheduler whose checks record when they start and finish after `duration` ms of mocked time. */
function recording(duration = 0) {
  const started: Array<[string, number]> = []
  const scheduler = new CheckScheduler(function (uri) {
    started.push([uri, Date.now()])
    return new Promise((resolve) => setTimeout(resolve, duration))
  })
  return {scheduler, started}
}

/** Let the promise callbacks of finished checks run. */
async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) await Promise.resolve()
}

/** Advance mocked time by `ms`, a millisecond at a time, letting promises settle in between (as a real event loop does). */
async function advance(ms: number): Promise<void> {
  for (let step = 0; step < ms; step++) {
    mock.timers.tick(1)
    await settle()
  }
}

describe('CheckScheduler', () => {
  beforeEach(() => mock.timers.enable({apis: ['setTimeout', 'Date'], now: 0}))
  afterEach(() => mock.timers.reset())

  it('checks a burst of edits once, a pause after the last', async () => {
    const {scheduler, started} = recording()
    for (let edit = 0; edit < 50; edit++) {
      scheduler.schedule('a')
      await advance(10)
    }
    assert.deepEqual(started, [])
    await advance(debounceDelay)
    assert.deepEqual(started, [['a', 490 + debounceDelay]])
  })

  it('checks a just opened document at once, and documents independently', async () => {
    const {scheduler, started} = recording()
    scheduler.schedule('a', true)
    scheduler.schedule('b')
    mock.timers.tick(0)
    assert.deepEqual(started, [['a', 0]])
    await advance(debounceDelay)
    assert.deepEqual(started, [['a', 0], ['b', debounceDelay]])
  })

  it('waits for a pause however long edits keep coming', async () => {
    const {scheduler, started} = recording()
    for (let time = 0; time < 2500; time += 20) {
      scheduler.schedule('a')
      await advance(20)
    }
    assert.deepEqual(started, [])
    await advance(debounceDelay)
    assert.deepEqual(started, [['a', 2480 + debounceDelay]])
  })

  it('runs one check at a time, and one more after it for edits made during it', async () => {
    const {scheduler, started} = recording(300)
    scheduler.schedule('a', true)
    mock.timers.tick(0)
    // Three edits while the first check runs, each waited for: one more check, when it ends.
    for (let edit = 0; edit < 3; edit++) {
      await advance(50)
      scheduler.schedule('a')
    }
    await advance(149)
    assert.equal(started.length, 1)
    await advance(1000)
    assert.deepEqual(started, [['a', 0], ['a', 300]])
  })

  it('leaves an edit that comes near the end of a check to its own timer: one check after it, not two', async () => {
    const {scheduler, started} = recording(300)
    // Checks from 100 to 400; an edit at 150 asks for one more; the edit at 350 waits until 450.
    for (const at of [0, 150, 350]) {
      await advance(at - Date.now())
      scheduler.schedule('a')
    }
    await advance(2000)
    assert.deepEqual(started, [['a', debounceDelay], ['a', 350 + debounceDelay]])
  })

  it('drops the pending check of a cancelled document', async () => {
    const {scheduler, started} = recording()
    scheduler.schedule('a')
    scheduler.schedule('b')
    scheduler.cancel('a')
    await advance(debounceDelay)
    assert.deepEqual(started, [['b', debounceDelay]])
    scheduler.schedule('c')
    scheduler.cancelAll()
    await advance(debounceDelay)
    assert.equal(started.length, 1)
  })

  it('keeps checking after a check that fails', async () => {
    let calls = 0
    const scheduler = new CheckScheduler(() => (calls++ === 0 ? Promise.reject(new Error('boom')) : Promise.resolve()))
    scheduler.schedule('a', true)
    mock.timers.tick(0)
    await settle()
    scheduler.schedule('a', true)
    mock.timers.tick(0)
    assert.equal(calls, 2)
  })
})
