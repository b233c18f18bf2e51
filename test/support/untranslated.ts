/**
 * Finds what a translation missed on a rendered page: catalogue keys shown as text (a missing key) and runs of
 * two or more English words in the Chinese interface. Used by test/i18n-views.test.tsx (jsdom); the collector is
 * plain JavaScript in a string so that a browser test could run it too (page.evaluate), though none does yet.
 *
 * What is not the interface's own words is left out: text in <code>/<pre>, the raw log (the source view, the
 * input box), anything marked lang="en" (the parser's notes), and names that come from the log itself (task
 * names, cgroup paths, the kernel's hardware line), which the caller passes in. Kernel identifiers and product
 * names are single words or carry `_`, digits or punctuation, and the few plain-word ones are allowed below.
 */

export interface Found {
  text: string;
  where: string;
}

/** `(root) => Found[]`: every visible text node and every label-like attribute under root. */
export const COLLECT_TEXTS = `(root) => {
  const out = [];
  const where = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.getAttribute('data-testid') ? '[' + el.getAttribute('data-testid') + ']' : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
  const doc = root.ownerDocument || document;
  // lang="en" marks the parser's English notes, but only inside root: the page's own <html lang="en"> in the
  // English interface must not hide every text (the English pass would then check nothing).
  const markedEnglish = (el) => { const m = el.closest('[lang="en"]'); return !!m && m !== root && root.contains(m); };
  const skip = (el) =>
    markedEnglish(el) || el.closest('code, pre, textarea, .src-text, .task-name, script, style, option[lang]');
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || skip(el)) continue;
    const text = (n.textContent || '').trim();
    if (text) out.push({ text, where: where(el) });
  }
  for (const el of root.querySelectorAll('[aria-label],[title],[placeholder],[alt],[aria-valuetext]')) {
    if (markedEnglish(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
      const v = el.getAttribute(a);
      if (v) out.push({ text: v, where: a + '@' + where(el) });
    }
  }
  return out;
}`;

export function collectTexts(root: Element): Found[] {
  return (new Function(`return ${COLLECT_TEXTS}`)() as (root: Element) => Found[])(root);
}

/** Plain words that are names, not sentences: kernel zones and types, units, products, formats. */
export const ALLOWED_WORDS = new Set(
  (
    'Node Normal DMA HighMem Movable Unmovable Reclaimable HighAtomic CMA Isolate Reserve OOM SysRq Mem Info ' +
    'KiB MiB GiB TiB kB B SVG PNG CSV JSON Markdown IO FS Linux Arch NixOS Ubuntu Xen RHEL Kubernetes Pod CPU PID ' +
    'UID Slab Tainted Ctrl Enter Shift IndexedDB English KASAN Oops BUG WARNING Alt LRU MTE THP PMD NUMA Balloon'
  ).split(' '),
);

/** Phrases the kernel prints, quoted as it prints them (the words around them are translated). */
export const KERNEL_PHRASES = [
  'pages RAM',
  'pages reserved',
  'pages cma reserved',
  'pages hwpoisoned',
  'total pagecache pages',
  'pages in swap cache',
  'Killed process',
  'Kill process',
  'or sacrifice child',
  'not tainted',
  'page allocation failure',
  'invoked oom-killer',
  'System is deadlocked on memory',
  'Total swap',
];

const WORD = /^[A-Za-z][a-z]*(?:['’][a-z]+)?$/;

/**
 * Runs of 2+ consecutive English words in `text` that are not all allowed names, after the log's own strings
 * (`data`) are taken out.
 */
export function englishRuns(text: string, data: readonly string[] = []): string[] {
  let rest = text;
  for (const d of [...data, ...KERNEL_PHRASES]) if (d.length > 1) rest = rest.split(d).join(' · ');
  const runs: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2 && run.some((w) => !ALLOWED_WORDS.has(w))) runs.push(run.join(' '));
    run = [];
  };
  // Words are separated by spaces only; any other character (CJK, punctuation, digits) ends a run.
  for (const token of rest.split(/(\s+)/)) {
    if (/^\s+$/.test(token)) continue;
    if (WORD.test(token)) run.push(token);
    else {
      // A token with trailing punctuation ("memory,") still belongs to the run and then ends it.
      const m = /^([A-Za-z][a-z]*)[,.;:!?)]$/.exec(token);
      if (m) run.push(m[1]);
      flush();
    }
  }
  flush();
  return runs;
}

/** Text that looks like a catalogue key the translator returned because it had no message ("gfp.meaning.x"). */
/** cgroup interface files the texts name (memory.max, memory.limit_in_bytes): kernel names, not catalogue keys. */
const CGROUP_FILE =
  /^memory\.(max|high|low|min|current|peak|stat|events|swap\.\w+|oom\.group|oom_control|failcnt|(memsw\.|kmem\.)?\w*_in_bytes|\w*usage\w*)[.,;:)]?$/;

export function missingKeys(texts: readonly Found[], namespaces: readonly string[]): Found[] {
  const key = new RegExp(`(^|\\s)(${namespaces.join('|')})\\.[\\w.-]+`, 'g');
  return texts.filter((f) => [...f.text.matchAll(key)].some((m) => !CGROUP_FILE.test(m[0].trim())));
}
