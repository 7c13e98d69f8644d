// The comparison site for `npm run bench`: an out-of-the-box Starlight site (its default Pagefind
// search modal, nothing configured but the two languages) holding the same guide and decline-entry
// texts as this site, taken from its build. It is installed from the npm registry into a cache
// folder (node_modules/.cache/kb-bench/starlight) at the pinned versions below and rebuilt only
// when its pages or versions change.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** Pinned so the comparison is reproducible; Pagefind matches the version this site uses. */
const packageJson = {
  name: 'kb-bench-starlight',
  private: true,
  type: 'module',
  dependencies: { '@astrojs/starlight': '0.42.4', astro: '7.3.5', pagefind: '1.6.0' },
  overrides: { pagefind: '1.6.0' },
};

const astroConfig = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: 'AI Payments Help',
      defaultLocale: 'en',
      locales: { en: { label: 'English' }, 'zh-cn': { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** The pages of this site's build to copy: every guide and decline entry, in both languages. */
function pagesOf(siteDist) {
  const pages = [];
  for (const lang of ['en', 'zh-cn']) {
    const base = path.join(siteDist, lang);
    for (const slug of readdirSync(base)) {
      if (existsSync(path.join(base, slug, 'index.html')) && !['search', 'declines'].includes(slug)) pages.push({ lang, slug });
    }
    for (const id of readdirSync(path.join(base, 'declines'))) {
      if (existsSync(path.join(base, 'declines', id, 'index.html'))) pages.push({ lang, slug: `declines/${id}` });
    }
  }
  return pages;
}

/** A guide's body as Markdown holding its HTML on one line, and its title. */
function pageSource(file) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const h1 = body.querySelector('h1');
  const title = h1?.textContent?.trim() ?? document.title;
  h1?.remove();
  for (const el of body.querySelectorAll('[data-pagefind-ignore], script, style, button')) el.remove();
  for (const el of [body, ...body.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) if (attr.name.startsWith('data-pagefind')) el.removeAttribute(attr.name);
  }
  const html = body.innerHTML.replace(/\s*\n\s*/g, ' ');
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n<div>${html}</div>\n`;
}

/**
 * Installs (once) and builds (when its pages change) the Starlight comparison site.
 * @returns {{ dist: string, version: string, pages: number, built: boolean }}
 */
export function prepareStarlight({ root, siteDist, log = console.log }) {
  const dir = path.join(root, 'node_modules/.cache/kb-bench/starlight');
  mkdirSync(dir, { recursive: true });
  const pkg = `${JSON.stringify(packageJson, null, 2)}\n`;
  const pkgPath = path.join(dir, 'package.json');
  const installed = existsSync(path.join(dir, 'node_modules/@astrojs/starlight/package.json'));
  if (!installed || !existsSync(pkgPath) || readFileSync(pkgPath, 'utf8') !== pkg) {
    writeFileSync(pkgPath, pkg);
    log(`Installing Starlight ${packageJson.dependencies['@astrojs/starlight']} from npm into ${path.relative(root, dir)}…`);
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('npm install of the Starlight comparison site failed');
  }
  writeFileSync(path.join(dir, 'astro.config.mjs'), astroConfig);
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'src/content.config.ts'), contentConfig);

  const docs = path.join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  const hash = createHash('sha256').update(pkg + astroConfig + contentConfig);
  const pages = pagesOf(siteDist);
  let count = 0;
  for (const { lang, slug } of pages) {
    const source = pageSource(path.join(siteDist, lang, slug, 'index.html'));
    if (!source) continue;
    const file = path.join(docs, lang, `${slug}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, source);
    hash.update(`${lang}/${slug}\n${source}`);
    count++;
  }
  const stamp = hash.digest('hex');
  const dist = path.join(dir, 'dist');
  const stampPath = path.join(dir, 'dist.stamp');
  let built = false;
  if (!existsSync(stampPath) || readFileSync(stampPath, 'utf8') !== stamp || !existsSync(path.join(dist, 'pagefind'))) {
    log(`Building the Starlight comparison site (${count} pages)…`);
    const r = spawnSync(process.execPath, [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`Starlight build failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
    writeFileSync(stampPath, stamp);
    built = true;
  }
  const version = JSON.parse(readFileSync(path.join(dir, 'node_modules/@astrojs/starlight/package.json'), 'utf8')).version;
  return { dist, version, pages: count, built };
}
