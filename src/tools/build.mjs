// `npm run build`: builds the site into a fresh folder next to dist/ and swaps it in only when the
// build succeeded, so a failed build leaves the previous dist/ exactly as it was (never a half site).
// KB_OUT_DIR names the target instead of dist/; arguments are passed on to `astro build`.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const target = path.resolve(root, process.env.KB_OUT_DIR ?? 'dist');
const next = `${target}.next`;
const previous = `${target}.previous`;

rmSync(next, { recursive: true, force: true });
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KB_OUT_DIR: next },
});
if (build.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nThe build failed; ${path.relative(root, target) || target} was left as it was.`);
  process.exit(build.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(next, target);
rmSync(previous, { recursive: true, force: true });
