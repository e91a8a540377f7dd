import type { Plugin } from 'vite'

/** React entry points and their preact/compat equivalents. */
const ALIASES: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-runtime',
}

/**
 * Islands are written against React and rendered to HTML by React at build
 * time, but the browser gets preact/compat (about 10 KB instead of about 60 KB
 * gzip): the search page must load fast on a slow phone connection
 * (docs/adr/0004-preact-in-the-browser.md). Only the client environment is
 * redirected; server rendering keeps real React.
 */
export function preactInTheBrowser(): Plugin {
  return {
    name: 'portal:preact-in-the-browser',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      const target = ALIASES[id]
      if (!target || this.environment?.name !== 'client') return null
      return this.resolve(target, importer, { ...options, skipSelf: true })
    },
  }
}
