// The demo's snippet builder: shows the embed code for any two codes, renders it live, copies it.
// Elements are built with DOM calls (never innerHTML) so whatever is typed stays text.
const form = document.getElementById('builder')
const snippet = document.getElementById('snippet')
const preview = document.getElementById('preview')
const copied = document.getElementById('copied')

const attr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

function update() {
  const data = new FormData(form)
  const a = String(data.get('a') || '').trim()
  const b = String(data.get('b') || '').trim()
  const theme = String(data.get('theme') || '')
  const page = `${location.origin}/compare/${encodeURIComponent(a)}-vs-${encodeURIComponent(b)}`
  snippet.textContent =
    `<script type="module" src="${location.origin}/widget.js"></script>\n` +
    `<smtp-code-compare a="${attr(a)}" b="${attr(b)}"${theme ? ` theme="${attr(theme)}"` : ''}>` +
    `<a href="${attr(page)}">${attr(a)} vs ${attr(b)}</a></smtp-code-compare>`
  const el = document.createElement('smtp-code-compare')
  el.setAttribute('a', a)
  el.setAttribute('b', b)
  if (theme) el.setAttribute('theme', theme)
  el.setAttribute('eager', '')
  const link = document.createElement('a')
  link.href = page
  link.textContent = `${a} vs ${b}`
  el.append(link)
  preview.replaceChildren(el)
}

form.addEventListener('submit', (e) => {
  e.preventDefault()
  update()
})
document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent)
    copied.textContent = 'Copied.'
  } catch {
    copied.textContent = 'Copy failed: select the snippet and copy it by hand.'
  }
})
update()
