import { readFileSync } from 'node:fs';
import { parseText } from './src/parse/index';
function wrapped(text: string, atSpaces: boolean): string {
  return text.split('\n').flatMap((line) => { const out: string[] = []; let rest = line;
      while (rest.length > 72) { const space = atSpaces ? rest.lastIndexOf(' ', 72) : -1; const at = space > 20 ? space : 72;
        out.push(rest.slice(0, at)); rest = space > 20 ? rest.slice(at + 1) : rest.slice(at); }
      out.push(rest); return out; }).join('\n');
}
const t = wrapped(readFileSync(process.argv[2], 'utf8'), false);
const lines = t.split('\n');
const r = parseText(t);
for (const e of r.events) { console.log(e.firstLine, e.lastLine, e.victim?.line, e.reaped); }
const v = r.events[r.events.length-1].victim!.line;
console.log(lines.slice(v-1, v+8).map((l,i)=>(v+i)+': '+l).join('\n'));
for (const d of r.diagnostics.filter(d=>d.line>=v)) console.log(d);
