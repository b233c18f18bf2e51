import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEANING_IDS, meaningIdOf } from '../kernel/gfp/meanings';
import { DISTRO_TABLES, UPSTREAM_TABLES } from '../kernel/gfp/tables';
import { decodeGfp } from '../kernel/index';
import type { TablePick } from '../kernel/types';
import { flagMeaning, gfpNote, pickText } from './gfp';
import { translator } from './i18n';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

describe('gfp words', () => {
  it('has a meaning in both languages for every meaning id, and every table name has one', () => {
    for (const id of MEANING_IDS) {
      expect(en.gfp.meaning, id).toHaveProperty([id]);
      expect(zhCN.gfp.meaning, id).toHaveProperty([id]);
    }
    expect(Object.keys(en.gfp.meaning).sort()).toEqual([...MEANING_IDS].sort());
    const unexplained = [...UPSTREAM_TABLES, ...DISTRO_TABLES].flatMap((table) =>
      table.order.map(([name]) => name).filter((name) => meaningIdOf(name, table) === 'unknown'),
    );
    expect([...new Set(unexplained)]).toEqual([]);
  });

  it('words every format clue the version window can use (kernel/shape.ts)', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../kernel/shape.ts'), 'utf8');
    const ids = [...source.matchAll(/id: '([a-z0-9-]+)'/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) {
      expect(en.gfp.clue, id).toHaveProperty([id]);
      expect(zhCN.gfp.clue, id).toHaveProperty([id]);
    }
  });

  it('renders meanings, notes and table picks in Chinese with the kernel names kept', () => {
    const t = translator('zh-CN');
    const d = decodeGfp('0x80100cc2', '5.10.0');
    const text = [...d.flags.map((f) => flagMeaning(t, f, d.pick.tableId)), ...d.notes.map((n) => gfpNote(t, n))];
    expect(text.join(' ')).toMatch(/表没有命名的位/);
    expect(text.join(' ')).toContain('HighMem');
    expect(pickText(t, d.pick)).toMatch(/^[\d.-]+（版本完全匹配|很可能/);
  });

  it('words each kind of table pick without holes', () => {
    const t = translator('en');
    const base = { tableId: 'x', fromVersion: null, confidence: 'guess' as const, reason: '' };
    const picks: TablePick[] = [
      { ...base, basis: { kind: 'distro', release: '3.10.0-1160.el7' } },
      { ...base, basis: { kind: 'upstream', release: '4.18.0-80.el8', version: '4.18', notRead: true, rhel: 8 } },
      { ...base, basis: { kind: 'outside', release: '7.1.0' } },
      {
        ...base,
        basis: {
          kind: 'shape',
          clues: ['tasks-nr-ptes'],
          rhel7: false,
          how: 'plausible-same',
          tables: ['a', 'b'],
          mask: '0xd0',
        },
      },
      { ...base, basis: { kind: 'shape', clues: [], rhel7: true, how: null, tables: [], mask: null } },
    ];
    const texts = picks.map((p) => pickText(t, p));
    for (const text of texts) expect(text).not.toMatch(/undefined|\{|gfp\./);
    expect(texts[1]).toContain('(4.18 itself was not read); RHEL 8 backports');
    expect(texts[3]).toContain(
      'task table has nr_ptes without nr_pmds (3.6–3.19); mask 0xd0 is plausible under a, b (they all',
    );
    expect(texts[4]).toContain('no format clues; free_pcp with a 3.x layout');
  });
});
