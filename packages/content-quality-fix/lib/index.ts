export {applyEdits, type AppliedEdits, type Replacement} from './apply-edits.js'
export {editsFromMessages, type Edit} from './edits.js'
export {fixFiles, maximumPasses, type FileFix} from './fix-files.js'
