// Entry module: every export becomes a top-level Apps Script function in dist/Code.js.
export function onOpen(): void {}
