import type { AstroIntegration } from 'astro';
import { reportPlaceholders } from '../site.config';

/**
 * A production build (SITE_URL set) whose report links still point at the `.invalid`
 * placeholder in src/site.config.ts gets a loud warning: readers' reports would go nowhere.
 */
export default function reportCheck(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'kb:report-check',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const placeholders = reportPlaceholders();
        if (!env['SITE_URL'] || placeholders.length === 0) return;
        const bar = '!'.repeat(78);
        logger.warn(
          [
            bar,
            `SITE_URL is ${env['SITE_URL']}, but the report links still use the placeholder destination:`,
            ...placeholders.map((t) => `  ${t}`),
            'Readers who report a problem will reach nobody. Set pageReportUrlTemplate and',
            'reportUrlTemplate in src/site.config.ts to a real address or issue form.',
            bar,
          ].join('\n'),
        );
      },
    },
  };
}
