/**
 * A worker thread of `lintInWorkers`: it lints each batch of paths it is
 * posted and posts back their records; `null` means no more batches.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {lintRecords} from './lint-records.js'

const port = parentPort!
const {cwd} = workerData as {cwd: string}

port.on('message', async function (files: string[] | null) {
  if (files === null) port.close()
  else port.postMessage(await lintRecords(files, cwd))
})
