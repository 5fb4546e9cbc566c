// Terminal colours, only where a person reads them: a TTY, NO_COLOR unset (https://no-color.org), TERM not dumb.
export interface Paint {
  bold(s: string): string
  dim(s: string): string
  /** By reply class: 2 green, 3 cyan, 4 yellow, 5 red. */
  cls(cls: number, s: string): string
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`
const CLASS_COLOURS: Record<number, (s: string) => string> = { 2: sgr(32, 39), 3: sgr(36, 39), 4: sgr(33, 39), 5: sgr(31, 39) }

export const PLAIN: Paint = { bold: (s) => s, dim: (s) => s, cls: (_c, s) => s }
export const COLOURED: Paint = { bold: sgr(1, 22), dim: sgr(2, 22), cls: (c, s) => (CLASS_COLOURS[c] ?? ((x: string) => x))(s) }

export function wantColour(explicit: boolean | undefined, isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (explicit !== undefined) return explicit
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true
  return Boolean(isTTY) && env.TERM !== 'dumb'
}
