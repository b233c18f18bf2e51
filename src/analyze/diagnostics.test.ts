import { describe, expect, it } from 'vitest';
import { analysisDiagnostics } from './diagnostics';
import { analyzeEvent } from './index';
import { parseText } from '../parse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const arch = readFileSync(
  resolve(__dirname, '../../test/fixtures/archlinux_6.1.1-arch1-1_embedded_example.log'),
  'utf8',
);

function diagnosticsOf(text: string) {
  const [event] = parseText(text).events;
  return analysisDiagnostics(event, analyzeEvent(event));
}

describe('analysisDiagnostics', () => {
  it('says nothing when the kernel printed exactly what our table decodes', () => {
    expect(diagnosticsOf(arch)).toEqual([]);
  });

  it('warns on the trigger line when the printed gfp names disagree with our decode', () => {
    const edited = arch.replace('(GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_ZERO)', '(GFP_HIGHUSER_MOVABLE|__GFP_ZERO)');
    const [d] = diagnosticsOf(edited);
    expect(d).toMatchObject({ line: 1, severity: 'warning' });
    expect(d.message).toMatch(/gfp_mask names/);
  });
});
