import type { APIRoute } from 'astro'

import { json } from '../../../../api/respond'
import { type SchemaName, schemas } from '../../../../api/schemas'

export function getStaticPaths() {
  return Object.keys(schemas).map((name) => ({ params: { name } }))
}

export const GET: APIRoute = ({ params }) => json(schemas[params.name as SchemaName])
