/**
 * The input area: a large textarea (or, when the box refers to a file too large to show, a card naming it),
 * Analyse, Open file (a real file input), the sample picker, and the opt-in "remember my last log".
 */
import { useId } from 'react';
import { InputCard, type InputCardProps } from './InputCard';
import { RememberControls } from './RememberControls';
import { SAMPLES } from './samples';
import type { Remembered } from './useRemembered';
import './input.css';

export interface InputPanelProps {
  text: string;
  onTextChange: (text: string) => void;
  onAnalyseText: () => void;
  onFile: (file: File) => void;
  /** Several files picked at once: read into one timeline. */
  onFiles?: (files: File[]) => void;
  sampleId: string;
  onSample: (id: string) => void;
  /** Shown instead of the text: the box refers to a file or shared event too large to show. */
  card?: InputCardProps['card'] | null;
  onClear?: () => void;
  remembered?: Remembered;
}

export function InputPanel({
  text,
  onTextChange,
  onAnalyseText,
  onFile,
  onFiles,
  sampleId,
  onSample,
  card = null,
  onClear = () => {},
  remembered,
}: InputPanelProps) {
  const id = useId();
  return (
    <section className="panel input-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="visually-hidden">
        Input
      </h2>
      <label htmlFor={`${id}-log`} className="input-label">
        Kernel log{' '}
        <span className="muted small">
          — paste anywhere on the page, drop a file, or open one. Nothing leaves your browser.
        </span>
      </label>
      {card ? <InputCard card={card} onClear={onClear} /> : null}
      <textarea
        hidden={card != null}
        id={`${id}-log`}
        data-testid="log-input"
        className="log-input"
        value={text}
        spellCheck={false}
        placeholder="Paste dmesg, journalctl -k or /var/log/messages output here…"
        onChange={(e) => onTextChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onAnalyseText();
          }
        }}
      />
      <div className="input-actions">
        <button type="button" className="primary" data-testid="analyse" onClick={onAnalyseText}>
          Analyse
        </button>
        <label className="button file-button">
          Open file…
          <input
            type="file"
            data-testid="file-input"
            className="visually-hidden"
            accept=".log,.txt,.gz,.json,text/plain,application/gzip,application/json"
            multiple
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              if (files.length > 1 && onFiles) onFiles(files);
              else if (files[0]) onFile(files[0]);
              e.target.value = '';
            }}
          />
        </label>
        <label className="sample-picker">
          <span>Sample</span>
          <select value={sampleId} onChange={(e) => onSample(e.target.value)}>
            <option value="">Choose a sample…</option>
            {SAMPLES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">Ctrl+Enter analyses the text.</span>
      </div>
      {remembered ? <RememberControls remembered={remembered} /> : null}
    </section>
  );
}
