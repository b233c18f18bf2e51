import { describe, expect, it } from 'vitest';
import type { SharedLog } from '../protocol';
import { looksLikeAnalysisFile, packAnalysisFile, unpackAnalysisFile } from './analysisFile';

const LOG: SharedLog = {
  name: 'web-7 messages',
  text: 'java invoked oom-killer: gfp_mask=0x201da, order=0\nMem-Info:\nOut of memory: Killed process 1 (java)',
  lines: [
    [120, 121],
    [125, 125],
  ],
  view: { event: 0, line: 125 },
  redacted: true,
};

const asFile = (text: string) => new Blob([text], { type: 'application/json' });

describe('analysis file', () => {
  it('round-trips lines, their original numbers, the name and the view; one log line per file line', async () => {
    const json = packAnalysisFile(LOG);
    expect(json).toContain('"format": "oomscope-analysis"');
    expect(json).toContain('\n    {"n":125,"text":"Out of memory: Killed process 1 (java)"}\n');
    expect(JSON.parse(json).version).toBe(1);
    expect(await unpackAnalysisFile(asFile(json))).toEqual({ log: LOG, version: 1, problems: [] });
  });

  it('tells an analysis file from a journal export', () => {
    expect(looksLikeAnalysisFile(packAnalysisFile(LOG))).toBe(true);
    expect(looksLikeAnalysisFile('{"__CURSOR":"s=1","MESSAGE":"oom"}')).toBe(false);
  });

  it('reports a damaged part and opens the rest', async () => {
    const doc = JSON.parse(packAnalysisFile(LOG));
    doc.name = 42;
    doc.lines[1].n = 'x';
    doc.view = { event: -3 };
    const opened = await unpackAnalysisFile(asFile(JSON.stringify(doc)));
    expect(opened.problems).toEqual([
      { part: 'name', code: 'invalid' },
      { part: 'view', code: 'invalid' },
      { part: 'lines', code: 'invalid' },
    ]);
    expect(opened.log).toMatchObject({ name: null, lines: null, text: LOG.text, view: { event: null, line: null } });
  });

  it('refuses what it cannot read: a newer version, no lines, broken JSON, another kind of JSON', async () => {
    const doc = JSON.parse(packAnalysisFile(LOG));
    expect((await unpackAnalysisFile(asFile(JSON.stringify({ ...doc, version: 9 })))).problems).toEqual([
      { part: 'version', code: 'version', params: { version: 9, known: 1 } },
    ]);
    const noLines = await unpackAnalysisFile(asFile(JSON.stringify({ ...doc, lines: 'none' })));
    expect(noLines).toMatchObject({ log: null, problems: [{ part: 'log', code: 'invalid' }] });
    const cut = packAnalysisFile(LOG).slice(0, 200);
    expect((await unpackAnalysisFile(asFile(cut))).problems).toEqual([{ part: 'file', code: 'invalid' }]);
    expect((await unpackAnalysisFile(asFile('{"MESSAGE":"x"}'))).problems).toEqual([
      { part: 'file', code: 'not-analysis' },
    ]);
  });

  it('keeps a line one line: a line break inside a text does not shift the numbers after it', async () => {
    const doc = JSON.parse(packAnalysisFile(LOG));
    doc.lines[0].text = 'two\nlines';
    const opened = await unpackAnalysisFile(asFile(JSON.stringify(doc)));
    expect(opened.log?.text.split('\n')).toHaveLength(3);
  });
});
