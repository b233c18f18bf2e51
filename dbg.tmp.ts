import { readFileSync } from 'node:fs';
import { parseText } from './src/parse/index';
for (const f of process.argv.slice(2)) {
  const r = parseText(readFileSync(f, 'utf8'));
  console.log(f.split('/').pop(), 'events', r.events.length, 'failures', r.allocationFailures.length);
  for (const e of r.events) console.log('  ', e.kind, e.firstLine, e.lastLine, e.complete, JSON.stringify({cuts: e.cuts, echoes: e.echoes, bugs: e.kernelBugs, balloon: e.balloon, unparsed: e.unparsedLines, panic: e.panic?.line}));
  for (const d of r.diagnostics.filter(d => d.severity !== 'info' || /quotes|reverse/.test(d.message))) console.log('   diag', d.line, d.severity, d.message.slice(0, 120));
}
