// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';
import { externalLinks } from './src/lib/markdown/externalLinks.ts';
import { baseLinks } from './src/lib/markdown/baseLinks.ts';
import { baseFrom } from './src/i18n/paths.ts';
import { sitemapOptions } from './src/lib/sitemap.ts';
import { contentDir, contentRegistry, fallbackPaths } from './src/lib/registry.ts';
import pagefind from './src/integrations/pagefind.ts';
import headers from './src/integrations/headers.ts';
import reportCheck from './src/integrations/reportCheck.ts';
import guard from './src/integrations/guard.ts';
import { siteUrlFrom } from './src/site.config.ts';

// The public address of the site, used for canonical URLs, hreflang, the sitemap and previews.
// Set SITE_URL when deploying (a build without it warns); the default suits local preview.
const site = siteUrlFrom(process.env.SITE_URL);
// The sub-path the site is served under: '/' (the default), or e.g. KB_BASE=/kb/ for a project
// page on a shared host. Pages and scripts read it as __KB_BASE__ (siteBase in src/i18n/paths.ts).
const base = baseFrom(process.env.KB_BASE);
// Guide and decline pages showing an original because their translation is missing or a draft (lib/registry.ts).
const fallbacks = fallbackPaths(contentRegistry(contentDir()));

export default defineConfig({
  site,
  base,
  // Test builds of fixture content go to their own folders so they never mix with the real site.
  outDir: process.env.KB_OUT_DIR ?? './dist',
  // Each content tree keeps its own content-layer cache: a cache shared between trees would
  // carry entries (and module paths) from one into the other.
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Scripts are always external files, never inlined, so a strict CSP needs no 'unsafe-inline'.
  vite: {
    define: { __KB_BASE__: JSON.stringify(base) },
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
  // Every page path carries its locale, and src/middleware.ts resolves it; Astro's own i18n
  // routing ('manual') adds nothing, and its prefix rule made `astro dev` answer 404 for the
  // paths without a locale (/d/… short links, 404.html) that the built site serves.
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: 'manual',
  },
  markdown: {
    // Explicit heading ids (`## Why {#why-declined}`) keep sections identical across languages.
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [externalLinks, baseLinks(base)] }),
  },
  integrations: [guard(), mdx(), sitemap(sitemapOptions(fallbacks, base)), pagefind(), headers(), reportCheck()],
});
