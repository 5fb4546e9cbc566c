// The one stylesheet, served from /styles.<hash>.css with immutable caching: no inline style, so the CSP can
// keep style-src 'self'. System fonts only; dark mode and print follow the reader's settings.
import { fingerprintBytes } from '../core/fingerprint.ts'

export const CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1a1a1a;--muted:#4a4a4a;--line:#d0d0d0;--accent:#0b57d0;--ok:#0a6b2c;--bad:#a3120c;--warn:#7a4b00;--card:#f6f7f9}
@media (prefers-color-scheme:dark){:root{--bg:#121417;--fg:#e8e8e8;--muted:#b8b8b8;--line:#3a3f45;--accent:#8ab4f8;--ok:#7fd89a;--bad:#ff9b93;--warn:#ffcc80;--card:#1c2026}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
header nav{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
a{color:var(--accent)}
h1{font-size:1.6rem;line-height:1.25;overflow-wrap:anywhere}
h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid var(--line)}
.codes{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
article.code{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem}
/* The card's padding is its top space; a heading's 2rem margin on top of it left an empty band. */
article.code>h2:first-child{margin-top:0}
.c2{color:var(--ok)}.c3{color:var(--accent)}.c4{color:var(--warn)}.c5{color:var(--bad)}
.notice{border-left:4px solid var(--warn);padding:.5rem 1rem;background:var(--card)}
.diagnosis{border-left:4px solid var(--accent);padding:.5rem 1rem;background:var(--card);margin:1rem 0}
.diagnosis mark{padding:0 .15em}
table{border-collapse:collapse;width:100%;display:block;overflow-x:auto}
th,td{border:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
ol.timeline{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0}
ol.timeline li{border:1px solid var(--line);border-radius:1rem;padding:.2rem .7rem}
ol.timeline li.hit{border-width:2px;border-color:var(--accent);font-weight:600}
pre{background:var(--card);border:1px solid var(--line);padding:.75rem;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere}
input,textarea,button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:.3rem;padding:.4rem .6rem;max-width:100%}
input[type=search],textarea{width:100%}
button{background:var(--accent);color:var(--bg);border:0;cursor:pointer}
table.bars{display:table;max-width:40rem}
caption{text-align:left;font-weight:600;padding:.4rem 0}
td.share{min-width:10rem;white-space:nowrap}
.bar{display:inline-block;vertical-align:middle;height:.8rem;margin-right:.5rem;background:var(--accent);border-radius:.15rem}
${Array.from({ length: 21 }, (_, i) => `.w${i * 5}{width:${(i * 0.3).toFixed(1)}rem}`).join('')}
table.recipients th.recipient,td.mta{overflow-wrap:anywhere;min-width:10rem}
table.recipients details>*:not(summary){min-width:16rem}
.bounce-hard{color:var(--bad)}.bounce-soft{color:var(--warn)}
.where small{color:var(--muted)}
ul.langs{display:flex;flex-wrap:wrap;gap:.3rem .8rem;list-style:none;padding:0;font-size:.9rem}
@media print{header nav,footer,form,.embed{display:none}body{background:#fff;color:#000}a{color:#000}article.code{border-color:#999}}
`

export const CSS_PATH = `/styles.${fingerprintBytes(new TextEncoder().encode(CSS))}.css`
