// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defaultLocale, localeCodes, locales } from './src/i18n/locales.ts';
import { externalLinks } from './src/lib/markdown/externalLinks.ts';
import { untranslatedArticlePaths } from './src/integrations/translations.ts';
import pagefind from './src/integrations/pagefind.ts';
import headers from './src/integrations/headers.ts';
import reportCheck from './src/integrations/reportCheck.ts';
import guard from './src/integrations/guard.ts';
import { siteUrlFrom } from './src/site.config.ts';

// The public address of the site, used for canonical URLs, hreflang, the sitemap and previews.
// Set SITE_URL when deploying (a build without it warns); the default suits local preview.
const site = siteUrlFrom(process.env.SITE_URL);
const contentDir = process.env.KB_CONTENT_DIR ?? './content';
const untranslated = untranslatedArticlePaths(`${contentDir}/articles`);

export default defineConfig({
  site,
  // Test builds of fixture content go to their own folders so they never mix with the real site.
  outDir: process.env.KB_OUT_DIR ?? './dist',
  // Each content tree keeps its own content-layer cache: a cache shared between trees would
  // carry entries (and module paths) from one into the other.
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Scripts are always external files, never inlined, so a strict CSP needs no 'unsafe-inline'.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's own MDX wrapper carries a "use astro:head-inject" directive that the bundler
        // reports once per MDX file; it is expected and would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Explicit heading ids (`## Why {#why-declined}`) keep sections identical across languages.
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [externalLinks] }),
  },
  integrations: [
    guard(),
    mdx(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeCodes.map((l) => [l, locales[l].lang])),
      },
      // Untranslated pages point their canonical at the original, and redirect stubs are not pages.
      filter: (url) => {
        const { pathname } = new URL(url);
        return !untranslated.has(pathname) && !pathname.startsWith('/d/') && !pathname.startsWith('/404');
      },
    }),
    pagefind(),
    headers(),
    reportCheck(),
  ],
});
