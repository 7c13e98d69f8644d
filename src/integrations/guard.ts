import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { checkContent, formatProblem } from '../lib/guard';
import { contentDir } from '../lib/registry';
import { localSiteUrl } from '../site.config';

/**
 * Checks the content sources before anything is rendered and fails the build with every problem,
 * each with its file and line: what it refuses is listed in src/lib/guard/index.ts. In `astro dev`
 * the problems are logged instead, so an author can fix them with the page open.
 */
export default function guardIntegration(): AstroIntegration {
  return {
    name: 'kb:guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = checkContent(path.resolve(contentDir())).map(formatProblem);
        if (problems.length && command === 'build') {
          throw new Error(
            `The content has ${problems.length} problem${problems.length > 1 ? 's' : ''} the build refuses:\n${problems.join('\n')}`,
          );
        }
        for (const p of problems) logger.error(p);
        if (command === 'build' && !process.env['SITE_URL']) {
          logger.warn(
            [
              '',
              '*****************************************************************************',
              '* SITE_URL is not set: canonical links, hreflang, link previews, the sitemap *',
              `* and robots.txt point at ${localSiteUrl}. Fine for \`npm start\`; for a *`,
              '* deployment build run: SITE_URL=https://your.domain npm run build          *',
              '*****************************************************************************',
            ].join('\n'),
          );
        }
      },
    },
  };
}
