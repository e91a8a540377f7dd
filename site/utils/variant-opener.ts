import type { CitizenshipGroup } from '../../content-models/rules/situation/types'
import { STORAGE_KEY, STORAGE_VERSION } from '../situation/storage'

/** The variant groups an article's HTML names (`data-variant-groups="eaeu …"`). */
export function variantGroupsIn(html: string): string[] {
  const groups = new Set<string>()
  for (const m of html.matchAll(/data-variant-groups="([^"]*)"/g)) for (const g of m[1].split(' ')) if (g) groups.add(g)
  return [...groups]
}

/** Whether an article's HTML holds variant blocks (scripts/site/export/bodies.ts). */
export const hasVariants = (html: string): boolean => html.includes('<details class="variant"')

/**
 * The inline script of an article with variants: with a situation saved by
 * the "My situation" page (site/situation/storage.ts), the
 * variants for the reader stay open and the others fold; with none, or when
 * no variant is for them, or on any error, every variant stays open, as
 * without JavaScript. A variant is for the reader when their citizenship is
 * listed or belongs to a listed group (or neither list is given), and their
 * purpose is listed (or none is): the rule of StepAudience. The members of
 * the groups the page names are written into the script, so it asks nothing
 * of the network.
 */
export function variantOpenerScript(html: string, groups: readonly CitizenshipGroup[] = []): string {
  const named = new Set(variantGroupsIn(html))
  const members = Object.fromEntries(groups.filter((g) => named.has(g.slug)).map((g) => [g.slug, g.members]))
  const data = JSON.stringify(members).replace(/</g, '\\u003c')
  return (
    `(()=>{try{const o=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})),s=o.v==${STORAGE_VERSION}&&o.situation,` +
    `g=${data},c=s.citizenship,p=s.purpose,v=[...document.querySelectorAll("details.variant")],` +
    `l=(d,k)=>(d.dataset[k]||"").split(" ").filter(Boolean),` +
    `m=v.map(d=>{const n=l(d,"variantGroups"),z=l(d,"variantCitizenships"),q=l(d,"variantPurposes");` +
    `return(!n.length&&!z.length||z.includes(c)||n.some(x=>(g[x]||[]).includes(c)))&&(!q.length||q.includes(p))});` +
    `if(c&&m.some(Boolean))v.forEach((d,i)=>d.open=m[i])}catch(e){}})()`
  )
}
