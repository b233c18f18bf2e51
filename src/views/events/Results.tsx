/**
 * What the parse found besides events: page-allocation failures and the parser's notes, each list drawn once
 * its disclosure is opened (a file can have hundreds of either).
 */
import { memo, useContext } from 'react';
import { useTranslation } from '../common/i18n';
import { inputDiagnostics, parseCounts } from '../../present/input';
import type { ParseSummary } from '../../worker/protocol';
import { LineButton, LineJumpContext } from '../source/LineLink';
import { FindingItem } from '../event/Findings';
import { Disclosure } from '../common/Disclosure';

function Results({ summary }: { summary: ParseSummary | null }) {
  const { t, i18n } = useTranslation();
  // One jump for every note's link (a file can have hundreds of notes): LineButton, not a LineLink each.
  const jump = useContext(LineJumpContext);
  if (!summary) return null;
  const { allocationFailures } = summary;
  // What the input was (a cut gzip, NUL bytes, why nothing was found) goes first, in the reader's language.
  const fromInput = inputDiagnostics(summary.input, parseCounts(summary), (key, params) => t(key, params ?? {}));
  const diagnostics = [...fromInput, ...summary.diagnostics];
  const diagnosticsTotal = fromInput.length + summary.diagnosticsTotal;
  if (!allocationFailures.length && !diagnostics.length) return null;
  return (
    <div className="parse-notes">
      {allocationFailures.length ? (
        <Disclosure
          className="panel"
          summary={t('inputPanel.allocationFailures', { count: allocationFailures.length })}
        >
          <ul>
            {allocationFailures.map((f) => (
              <li key={f.firstLine} data-alloc-failure={f.firstLine}>
                {t('inputPanel.allocationFailure', {
                  comm: f.comm ?? '?',
                  order: f.order ?? '?',
                  mask: f.gfpMask ?? '?',
                  first: f.firstLine,
                  last: f.lastLine,
                })}
                {f.findings.length ? (
                  <ul className="finding-list">
                    {f.findings.map((finding) => (
                      <FindingItem key={finding.id} finding={finding} />
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </Disclosure>
      ) : null}
      {diagnostics.length ? (
        <Disclosure className="panel" summary={t('inputPanel.parserNotes', { count: diagnosticsTotal })}>
          {i18n.language !== 'en' && summary.diagnostics.length ? (
            <p className="muted small">{t('inputPanel.parserNotesLang')}</p>
          ) : null}
          <ul className="diagnostics">
            {diagnostics.map((d, i) => (
              // The input's notes are worded here; the parser's own notes come in English only.
              <li
                key={`${d.line}:${i}`}
                className={`diag-${d.severity}`}
                lang={i < fromInput.length ? undefined : 'en'}
              >
                {d.line == null ? null : (
                  <LineButton line={d.line} jump={jump} title={t('source.showLine', { line: d.line })} />
                )}{' '}
                {d.message}
              </li>
            ))}
          </ul>
        </Disclosure>
      ) : null}
    </div>
  );
}

// Memoised: the app re-renders while a file is read; this view only when its own props change.
const MemoResults = memo(Results);
export { MemoResults as Results };
