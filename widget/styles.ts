// The card's look. Everything a host page may want to change is a custom property (--scc-*) or a ::part();
// the defaults inherit the page font and meet WCAG AA contrast in both themes.
import { css } from 'lit'

// Muted text and lines are mixed from the card's own foreground and background unless set, so a host that sets only
// --scc-bg and --scc-fg (a dark site) gets readable secondary text and visible lines without knowing about them.
// With no theme attribute the card follows the reader's prefers-color-scheme (theme="auto"); theme="light" and
// theme="dark" pin it.
export const styles = css`
  :host {
    --_bg: var(--scc-bg, #fff);
    --_fg: var(--scc-fg, #1a1a1a);
    --_muted: var(--scc-muted, color-mix(in srgb, var(--_fg) 72%, var(--_bg)));
    --_line: var(--scc-border, color-mix(in srgb, var(--_fg) 22%, var(--_bg)));
    --_accent: var(--scc-accent, #0b57d0);
    --_b2: var(--scc-badge-2, #1b6e2a);
    --_b3: var(--scc-badge-3, #1d4ea0);
    --_b4: var(--scc-badge-4, #8a4b00);
    --_b5: var(--scc-badge-5, #b3261e);
    --_sp: var(--scc-space, 0.75rem);
    display: block;
    font: var(--scc-font, inherit);
    color: var(--_fg);
    max-width: 100%;
  }
  :host([theme='dark']) {
    --_bg: var(--scc-bg, #1b1c1f);
    --_fg: var(--scc-fg, #ececec);
    --_accent: var(--scc-accent, #8ab4f8);
    --_b2: var(--scc-badge-2, #2e7d32);
    --_b3: var(--scc-badge-3, #3561b0);
    --_b4: var(--scc-badge-4, #9a5a00);
    --_b5: var(--scc-badge-5, #c62828);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--scc-bg, #1b1c1f);
      --_fg: var(--scc-fg, #ececec);
      --_accent: var(--scc-accent, #8ab4f8);
      --_b2: var(--scc-badge-2, #2e7d32);
      --_b3: var(--scc-badge-3, #3561b0);
      --_b4: var(--scc-badge-4, #9a5a00);
      --_b5: var(--scc-badge-5, #c62828);
    }
  }
  [part~='card'] {
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: var(--scc-radius, 8px);
    padding: var(--_sp);
    overflow-wrap: anywhere;
  }
  [part~='header'] { display: flex; flex-wrap: wrap; gap: var(--_sp); }
  .code { flex: 1 1 12rem; min-width: 0; }
  .h { font-weight: 700; font-size: 1.1em; margin: 0 0 0.25rem; }
  [part~='badge'] {
    display: inline-block;
    color: #fff;
    border-radius: 999px;
    padding: 0.1em 0.6em;
    font-size: 0.85em;
    font-weight: 600;
  }
  .c2 { background: var(--_b2); } .c3 { background: var(--_b3); }
  .c4 { background: var(--_b4); } .c5 { background: var(--_b5); }
  p { margin: 0.5rem 0; }
  .muted { color: var(--_muted); }
  a { color: var(--_accent); }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
  th, td { text-align: start; vertical-align: top; padding: 0.3rem 0.4rem; border-top: 1px solid var(--_line); }
  tr.shared td { color: var(--_muted); }
  .tag { font-size: 0.8em; font-weight: 400; color: var(--_muted); display: block; }
  [part~='note'] { border-inline-start: 3px solid var(--_accent); padding-inline-start: var(--_sp); }
  summary { cursor: pointer; color: var(--_accent); }
  summary:focus-visible, a:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
  [part~='timeline'] { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; padding: 0; margin: 0.5rem 0; }
  [part~='timeline'] li { border: 1px solid var(--_line); border-radius: 4px; padding: 0.1rem 0.4rem; font-size: 0.85em; }
  [part~='timeline'] li.hit { border-color: var(--_accent); border-width: 2px; font-weight: 700; }
  [part~='fix'] h4 { margin: 0.5rem 0 0.25rem; font-size: 1em; }
  ul { padding-inline-start: 1.2rem; margin: 0.25rem 0; }
`
