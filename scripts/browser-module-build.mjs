// What every module we ship to browsers is built with (the widget, the /explain page's module): ES modules split
// into content-hashed chunks, minified for es2022, kept in memory for the caller to name and write.
export const BROWSER_MODULE_BUILD = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  write: false,
  splitting: true,
  legalComments: 'none',
  // Module scripts are always decoded as UTF-8; escapes would double the size of the label chunks.
  charset: 'utf8',
}
