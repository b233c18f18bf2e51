/** Exports of the open event (src/views/export): the report, the task table, the event as JSON, the charts. */
export const exports = {
  title: 'Export',
  menu: 'Export this event',
  markdown: 'Markdown report',
  copyMarkdown: 'Copy Markdown',
  downloadMarkdown: 'Save .md',
  markdownHelp: 'For a ticket: headline, findings with their numbers, zones, top tasks, gfp decode, kernel.',
  csv: 'Task table as CSV',
  csvHelp: 'The rows the table shows, in its order, filter and unit.',
  json: 'Event as JSON',
  jsonHelp: 'The command line’s JSON document for this event (docs/cli-json.md).',
  copied: 'Copied to the clipboard.',
  copyFailed: 'The browser did not allow copying; use “Save .md” instead.',
  saved: 'Saved {file}.',
  chartGroup: 'Save the {chart} charts',
  svgTitle: 'Save the charts as an SVG picture',
  pngTitle: 'Save the charts as a PNG picture',
};
