import { Variant } from './Variant'

/** The blocks editors can put in a rich-text body (the body editor, cms/payload.config.ts). */
export const editorBlocks = [Variant]

export { textFeatures } from './Variant'
