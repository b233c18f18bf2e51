import { describe, expect, it } from 'vitest';
import { csvText } from './csv';

describe('csvText', () => {
  it('quotes only what needs it, doubles quotes, ends records with CRLF after a BOM', () => {
    const text = csvText([
      ['pid', 'name'],
      [1, 'a,b'],
      [2, 'say "hi"'],
      [3, null],
    ]);
    expect(text).toBe('\uFEFFpid,name\r\n1,"a,b"\r\n2,"say ""hi"""\r\n3,\r\n');
  });
});
