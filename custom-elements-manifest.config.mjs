// The analyzer runs twice (scripts/build-widget.mjs into the repository root, scripts/build-package.ts into
// dist-npm) and by default rewrites package.json's `customElements` to whichever outdir ran last, which dirtied the
// tree after every build. package.json names the packaged manifest, dist-npm/custom-elements.json, by hand.
export default { packagejson: false }
