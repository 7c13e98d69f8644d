import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { declineSchema } from './schemas/decline';
import { glossaryTermSchema } from './schemas/glossary';
import { contentDir } from './lib/registry';

// KB_CONTENT_DIR points the build at another content tree (the test fixtures); default ./content.
const root = contentDir();

/** content/articles/<locale>/<slug>.mdx; the id is "<locale>/<slug>", the path is the translation key. */
const articles = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/articles` }),
  schema: articleSchema,
});

/** content/declines/<id>.yaml: one decline message family, both languages in one file. */
const declines = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/declines` }),
  schema: declineSchema,
});

/** content/glossary.yaml: terms keyed by id (the anchor on the glossary page). */
const glossary = defineCollection({
  loader: file(`${root}/glossary.yaml`),
  schema: glossaryTermSchema,
});

export const collections = { articles, declines, glossary };
