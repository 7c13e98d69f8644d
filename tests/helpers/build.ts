import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './paths';

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Runs `astro build` in a child process with the project's own Node (process.execPath is the
 * pinned Node 24 when tests run through npm). `env` may point at fixture content and outDir;
 * a fixture build gets a content cache of its own next to its output. Test builds draw only a
 * sample of the preview images (KB_OG_PREVIEWS=sample, src/lib/og/placeholder.ts); pass
 * KB_OG_PREVIEWS: 'all' to draw every one.
 */
export function astroBuild(env: Record<string, string> = {}): BuildResult {
  if (env['KB_CONTENT_DIR'] && !env['KB_CACHE_DIR'] && env['KB_OUT_DIR']) env = { ...env, KB_CACHE_DIR: `${env['KB_OUT_DIR']}-cache` };
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', KB_OG_PREVIEWS: 'sample', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
