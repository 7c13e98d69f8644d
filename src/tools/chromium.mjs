// Debian's Chromium, started the way this machine allows: no browser download, no network beyond
// loopback (background networking, sync and component updates off). One place for the tools
// (npm run bench, npm run screenshots) and the browser tests.

/** Launch options for playwright-core's `chromium.launch()`; CHROMIUM_PATH points elsewhere. */
export function chromiumLaunchOptions() {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
