/**
 * A script of ours made ready to inline in a page: full-line `//` comments and indentation dropped, nothing else
 * changed. For the small hand-written scripts in src/scripts/*.js that must run inline (before first paint, or with
 * no request); every page carries them, so their comments should not be.
 */
export function inlineScript(code: string): string {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}
