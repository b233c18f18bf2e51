import { readFileSync } from 'node:fs';
import { parseText } from './src/parse/index';
function wrapped(text: string, atSpaces: boolean): string {
  return text.split('\n').flatMap((line) => { const out: string[] = []; let rest = line;
      while (rest.length > 72) { const space = atSpaces ? rest.lastIndexOf(' ', 72) : -1; const at = space > 20 ? space : 72;
        out.push(rest.slice(0, at)); rest = space > 20 ? rest.slice(at + 1) : rest.slice(at); }
      out.push(rest); return out; }).join('\n');
}
const t = process.argv[3] === 'raw' ? readFileSync(process.argv[2], 'utf8') : wrapped(readFileSync(process.argv[2], 'utf8'), process.argv[3] === 'word');
const lines = t.split('\n');
const from = Number(process.argv[4] ?? 1), to = Number(process.argv[5] ?? 20);
console.log(lines.slice(from-1, to).map((l,i)=>(from+i)+': '+l).join('\n'));
const r = parseText(t);
for (const e of r.events) console.log(e.kind, e.firstLine, e.lastLine, e.complete, e.victim?.comm, e.victim?.line, JSON.stringify({cuts:e.cuts, echoes: e.echoes, bugs: e.kernelBugs, panic: e.panic}));
