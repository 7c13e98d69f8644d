// Formatting: close to the style the code was written in (long lines, single quotes, trailing
// commas). `npm run lint` checks it; `npm run format` applies it. Content (MDX, YAML) is authored
// text and is not formatted (see .prettierignore).
/** @type {import('prettier').Config} */
export default {
  printWidth: 140,
  singleQuote: true,
  trailingComma: 'all',
  arrowParens: 'always',
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
