/**
 * The open event's source lines for the printed report, all of them and wrapped. The source view on screen
 * draws only the rows in view (it is virtualised) and scrolls, which a page cannot; this plain copy is hidden
 * on screen and printed in its place.
 */
import { memo } from 'react';
import { useTranslation } from '../common/i18n';
import type { SourceLine } from '../../worker/protocol';

function PrintSource({ source }: { source: readonly SourceLine[] }) {
  const { t } = useTranslation();
  if (source.length === 0) return null;
  const width = String(source.at(-1)!.line).length;
  return (
    <section className="panel print-only print-source" data-testid="print-source">
      <h2>{t('shell.printSource', { first: source[0].line, last: source.at(-1)!.line })}</h2>
      <pre>{source.map((l) => `${String(l.line).padStart(width)}  ${l.raw}`).join('\n')}</pre>
    </section>
  );
}

const MemoPrintSource = memo(PrintSource);
export { MemoPrintSource as PrintSource };
