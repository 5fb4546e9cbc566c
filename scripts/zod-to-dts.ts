// Prints plain TypeScript declarations for the types a module defines as `z.infer<typeof XSchema>`, so that the
// npm package's .d.ts files describe the API's shapes without making zod (or @hono/zod-openapi) a dependency of
// everyone who imports the package. Walks zod 4's schema definitions; a schema that another module exports under a
// type name is referred to by that name, so the output reads like the hand-written shapes.
type Def = { type: string; [key: string]: unknown }
type Schema = { _zod: { def: Def } }

const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && '_zod' in v

function key(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)
}

/** TypeScript for one schema; `names` maps schemas that have their own type name (not expanded again). */
export function typeOf(schema: Schema, names: Map<Schema, string>, top = false): string {
  const named = names.get(schema)
  if (named && !top) return named
  const def = schema._zod.def
  switch (def.type) {
    case 'string':
      return 'string'
    case 'number':
    case 'int':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'null':
      return 'null'
    case 'undefined':
      return 'undefined'
    case 'unknown':
    case 'any':
      return 'unknown'
    case 'literal':
      return (def.values as unknown[]).map((v) => JSON.stringify(v)).join(' | ')
    case 'enum':
      return Object.values(def.entries as Record<string, string | number>)
        .map((v) => JSON.stringify(v))
        .join(' | ')
    case 'array':
      return `Array<${typeOf(def.element as Schema, names)}>`
    case 'union':
      return (def.options as Schema[]).map((o) => typeOf(o, names)).join(' | ')
    case 'nullable':
      return `${typeOf(def.innerType as Schema, names)} | null`
    case 'optional':
    case 'default':
    case 'readonly':
    case 'catch':
      return typeOf(def.innerType as Schema, names)
    case 'pipe':
      return typeOf(def.out as Schema, names)
    case 'lazy':
      return typeOf((def.getter as () => Schema)(), names)
    case 'record':
      return `Record<${typeOf(def.keyType as Schema, names)}, ${typeOf(def.valueType as Schema, names)}>`
    case 'tuple':
      return `[${(def.items as Schema[]).map((i) => typeOf(i, names)).join(', ')}]`
    case 'object': {
      const shape = def.shape as Record<string, Schema>
      const fields = Object.entries(shape).map(([k, v]) => {
        const optional = v._zod.def.type === 'optional'
        return `${key(k)}${optional ? '?' : ''}: ${typeOf(v, names)}`
      })
      return `{ ${fields.join('; ')} }`
    }
    default:
      throw new Error(`zod-to-dts: no TypeScript for a zod "${def.type}" schema`)
  }
}

/**
 * Declarations for a module that defines its types with zod: every `export type T = z.infer<typeof S>` as a plain
 * type, `export type T = (typeof C)[number]` as written, exported string tuples and RegExps as constants. Schema
 * values themselves are left out: no declaration file of the package refers to them.
 */
export function declarationsFor(source: string, exports: Record<string, unknown>): string {
  const aliases = [...source.matchAll(/^export type (\w+) = z\.(?:infer|output)<typeof (\w+)>/gm)].map((m) => ({ type: m[1]!, schema: m[2]! }))
  const names = new Map<Schema, string>()
  for (const { type, schema } of aliases) {
    const value = exports[schema]
    if (!isSchema(value)) throw new Error(`zod-to-dts: ${schema} is not an exported zod schema`)
    names.set(value, type)
  }
  const lines: string[] = []
  for (const [name, value] of Object.entries(exports)) {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      lines.push(`export declare const ${name}: readonly [${value.map((v) => JSON.stringify(v)).join(', ')}]`)
    else if (value instanceof RegExp) lines.push(`export declare const ${name}: RegExp`)
  }
  for (const [name, value] of Object.entries(exports)) {
    if (isSchema(value) || Array.isArray(value) || value instanceof RegExp || typeof value !== 'object' || value === null) continue
    const fields = Object.entries(value).map(
      ([k, v]) => `readonly ${key(k)}: ${typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'unknown'}`,
    )
    lines.push(`export declare const ${name}: { ${fields.join('; ')} }`)
  }
  // Type aliases and interfaces written in plain TypeScript are copied as they are.
  for (const m of source.matchAll(/^export type \w+ = (?!z\.)[^\n]*$/gm)) lines.push(m[0])
  for (const m of source.matchAll(/^export interface \w+[^\n]*\{\n[\s\S]*?^\}$/gm)) lines.push(m[0])
  for (const { type, schema } of aliases) lines.push(`export type ${type} = ${typeOf(exports[schema] as Schema, names, true)}`)
  return `${lines.join('\n')}\n`
}

/** The module's values other than zod schemas, as plain JavaScript (constants only: data, not code). */
export function constantsFor(exports: Record<string, unknown>): string {
  const lines: string[] = []
  for (const [name, value] of Object.entries(exports)) {
    if (isSchema(value)) continue
    if (value instanceof RegExp) lines.push(`export const ${name} = ${String(value)}`)
    else if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      throw new Error(`zod-to-dts: ${name} is not plain data`)
    else lines.push(`export const ${name} = ${JSON.stringify(value)}`)
  }
  return `${lines.join('\n')}\n`
}
