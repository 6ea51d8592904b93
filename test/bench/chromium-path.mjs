/** The Chromium the browser tests use: $CHROMIUM_PATH, else /usr/bin/chromium, else /usr/bin/chromium-browser. */
import fs from 'node:fs';

export function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean).find((p) => fs.existsSync(p));
  if (!found) throw new Error('Chromium not found: install it or set CHROMIUM_PATH');
  return found;
}
