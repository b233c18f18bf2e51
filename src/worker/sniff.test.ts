import { describe, expect, it } from 'vitest';
import { createSniffer } from './sniff';

const sniff = (...chunks: string[]) => {
  const s = createSniffer();
  for (const c of chunks) s.feed(c);
  return s.facts();
};

describe('createSniffer', () => {
  it('calls a kernel log text', () => {
    const facts = sniff('[  1.0] foo invoked oom-killer: gfp_mask=0x0\r\n', '\tMem-Info:\n');
    expect(facts).toMatchObject({ binary: false, nonBlank: true, nulChars: 0 });
    expect(facts.chars).toBe(57);
  });

  it('calls NULs and undecodable bytes binary', () => {
    expect(sniff('\u0000\u0001\u0002abc\ufffd\ufffd').binary).toBe(true);
  });

  it('tolerates a short run of NULs in a long text log (syslog after a crash)', () => {
    const facts = sniff('kernel: line of text\n'.repeat(100) + '\u0000'.repeat(20));
    expect(facts.binary).toBe(false);
    expect(facts.nulChars).toBe(20);
  });

  it('knows empty and blank input', () => {
    expect(sniff()).toMatchObject({ chars: 0, nonBlank: false, binary: false });
    expect(sniff('  \n\t\n')).toMatchObject({ nonBlank: false, binary: false });
  });
});
