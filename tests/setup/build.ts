import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from '../helpers/build';
import { baseSite, distDir, fixtureDist, fixturesDir, fixtureToday } from '../helpers/paths';

/**
 * Builds the real site into dist/, the fixture sites the build tests need, and the real site
 * again under a sub-path (KB_BASE), once per run.
 * KB_REUSE_BUILD=1 reuses an existing dist/ while iterating on tests (never in CI).
 */
export default function setup(): void {
  const reuse = process.env['KB_REUSE_BUILD'] === '1' && !process.env['CI'] && existsSync(path.join(distDir, 'pagefind'));
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (!reuse) {
    const site = astroBuild();
    if (site.status !== 0) throw new Error(`The site build failed:\n${site.output.slice(-4000)}`);
    console.log(`[setup] site build: ${seconds()}`);
  }
  const out = fixtureDist('untranslated-site');
  if (!reuse || !existsSync(out)) {
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}-cache`, { recursive: true, force: true });
    // A fixed "today" (see fixtureToday), so the freshness scenario does not depend on the calendar.
    const fixture = astroBuild({ KB_CONTENT_DIR: path.join(fixturesDir, 'untranslated-site'), KB_OUT_DIR: out, KB_TODAY: fixtureToday });
    if (fixture.status !== 0) throw new Error(`The fixture build failed:\n${fixture.output.slice(-4000)}`);
    console.log(`[setup] site and fixture builds: ${seconds()}`);
  }
  if (!reuse || !existsSync(path.join(baseSite.out, 'pagefind'))) {
    rmSync(baseSite.out, { recursive: true, force: true });
    rmSync(`${baseSite.out}-cache`, { recursive: true, force: true });
    const based = astroBuild({
      KB_BASE: baseSite.base,
      SITE_URL: baseSite.origin,
      KB_OUT_DIR: baseSite.out,
      KB_CACHE_DIR: `${baseSite.out}-cache`,
    });
    if (based.status !== 0) throw new Error(`The sub-path build (KB_BASE=${baseSite.base}) failed:\n${based.output.slice(-4000)}`);
    console.log(`[setup] sub-path build (KB_BASE=${baseSite.base}): ${seconds()}`);
  }
}
