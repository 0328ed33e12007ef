/**
 * A worker thread of `sketchFiles`: it sketches each batch of paths it is
 * posted and posts back the sketches, their buffers transferred; `null`
 * means no more batches.
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {TextOptions} from 'content-quality-sketch'
import {sketchFile} from './sketch-files.js'

const port = parentPort!
const {cwd, text} = workerData as {cwd: string; text: TextOptions}

port.on('message', async function (files: string[] | null) {
  if (files === null) {
    port.close()
    return
  }
  const results = []
  for (const file of files) results.push(await sketchFile(file, cwd, text))
  const buffers = results.flatMap((result) => (result.sketch ? [result.sketch.shingles.buffer, result.sketch.signature.buffer] : []))
  port.postMessage(results, buffers as ArrayBuffer[])
})
