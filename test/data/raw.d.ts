// Vite serves "?raw" imports as the file's text.
declare module '*.md?raw' {
  const text: string
  export default text
}
declare module '*.toml?raw' {
  const text: string
  export default text
}
declare module '*.ts?raw' {
  const text: string
  export default text
}
declare module '*.mjs?raw' {
  const text: string
  export default text
}
