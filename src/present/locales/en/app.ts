/** The page's own words (header, footer, status). Feature folders keep their own catalogue files next to this one. */
export const app = {
  tagline: 'Linux OOM-killer reports, explained. Runs entirely in your browser.',
  footer: 'oomscope {version} — no network requests, no analytics: your log never leaves this page.',
  language: 'Language',
};
