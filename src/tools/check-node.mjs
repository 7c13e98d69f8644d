// Fails fast when an npm script runs on a Node older than Astro 7 accepts.
// npm puts node_modules/.bin first on PATH, so `node` here is the pinned
// devDependency (24.x); this guard catches a missing or broken install.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `\nThis project needs Node >= 22.12 (it pins node 24 as a devDependency), ` +
      `but this script ran on Node ${process.versions.node} (${process.execPath}).\n` +
      `Run \`npm install\` first so node_modules/.bin/node exists, then use the npm scripts.\n`,
  );
  process.exit(1);
}
