import type { Access } from 'payload'

/** Public data with no draft state (topics). */
export const anyone: Access = () => true
