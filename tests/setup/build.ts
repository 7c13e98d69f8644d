import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from '../helpers/build';
import { distDir, fixtureDist, fixturesDir, fixtureToday } from '../helpers/paths';

/**
 * Builds the real site into dist/ and the fixture sites the build tests need, once per run.
 * KB_REUSE_BUILD=1 reuses an existing dist/ while iterating on tests (never in CI).
 */
export default function setup(): void {
  const reuse = process.env['KB_REUSE_BUILD'] === '1' && !process.env['CI'] && existsSync(path.join(distDir, 'pagefind'));
  if (!reuse) {
    const site = astroBuild();
    if (site.status !== 0) throw new Error(`The site build failed:\n${site.output.slice(-4000)}`);
  }
  const out = fixtureDist('untranslated-site');
  if (!reuse || !existsSync(out)) {
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}-cache`, { recursive: true, force: true });
    // A fixed "today" (see fixtureToday), so the freshness scenario does not depend on the calendar.
    const fixture = astroBuild({ KB_CONTENT_DIR: path.join(fixturesDir, 'untranslated-site'), KB_OUT_DIR: out, KB_TODAY: fixtureToday });
    if (fixture.status !== 0) throw new Error(`The fixture build failed:\n${fixture.output.slice(-4000)}`);
  }
}
