import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMergeSplits } from './mergedRecords';
import { createPrefixStripper } from '../prefix/prefix';

describe('findMergeSplits', () => {
  it('splits before record starts glued after a blank, and at a second dmesg stamp', () => {
    expect(findMergeSplits('Free swap  = 0kB Total swap = 0kB')?.map((x) => x.end)).toEqual([16]);
    const stamped = findMergeSplits('a line[  123.456789] next record');
    expect(stamped).toEqual([{ end: 6, next: 20, stamp: '[  123.456789]', uptime: 123.456789, kernelFormat: false }]);
  });

  it('leaves a start at index 0, and starts glued to a word, alone', () => {
    expect(findMergeSplits('Node 0 DMA free:15908kB min:128kB low:160kB high:192kB')).toBeNull();
    expect(findMergeSplits('Node 0 hugepages_total=0 hugepages_free=0')).toBeNull();
    expect(findMergeSplits('[<ffffffff8118b0a5>] __alloc_pages_nodemask+0x405/0x420')).toBeNull();
  });
});

describe('findMergeSplits pre-check', () => {
  it('changes no result: every fixture line, and every pair of neighbouring lines glued together', () => {
    const dir = join(__dirname, '../../../test/fixtures');
    let checked = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.log'))) {
      const prefix = createPrefixStripper();
      const lines = readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .map((l) => prefix.strip(l).text);
      for (let i = 0; i < lines.length; i++) {
        const next = lines[i + 1] ?? '';
        for (const text of [lines[i], `${lines[i]} ${next}`, `${lines[i]}${next}`, `${lines[i]}\t${next}`]) {
          expect(findMergeSplits(text), text).toEqual(findMergeSplits(text, false));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10000);
  });
});
