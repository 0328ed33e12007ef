import markdownExtensions from 'markdown-extensions'

/** Extensions of the files a folder is expanded to: markdown ones, and `mdx` (the preset parses it as MDX). */
export const extensions: readonly string[] = [...markdownExtensions, 'mdx']
