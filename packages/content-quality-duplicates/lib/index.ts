export {defaultCacheLocation, readCache, writeCache, type SketchCache} from './cache.js'
export {documentationUrl, findDuplicates, ruleId, type Duplicates} from './find-duplicates.js'
export {readPage} from './read-page.js'
export {sketchFile, sketchFiles, type Place, type SketchedFile, type SketchOptions} from './sketch-files.js'
