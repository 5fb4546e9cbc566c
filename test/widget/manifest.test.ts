import { expect, it } from 'vitest'
import manifest from '../../custom-elements.json'

interface Decl {
  tagName?: string
  attributes?: { name: string }[]
}

it('custom-elements.json lists both elements with their attributes', () => {
  const decls: Decl[] = manifest.modules.flatMap((m: { declarations?: unknown[] }) => (m.declarations ?? []) as Decl[])
  const attrs = (tag: string) => decls.find((d) => d.tagName === tag)?.attributes?.map((a) => a.name) ?? []
  const common = ['api', 'lang', 'theme', 'compact', 'eager', 'heading-level']
  expect(attrs('smtp-code-compare')).toEqual(expect.arrayContaining(['a', 'b', ...common]))
  expect(attrs('smtp-code')).toEqual(expect.arrayContaining(['code', 'reply', ...common]))
})
