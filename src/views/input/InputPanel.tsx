/** The input area: a large textarea, Analyse, Open file (a real file input), and the sample picker. */
import { useId } from 'react';
import { SAMPLES } from './samples';

export interface InputPanelProps {
  text: string;
  onTextChange: (text: string) => void;
  onAnalyseText: () => void;
  onFile: (file: File) => void;
  sampleId: string;
  onSample: (id: string) => void;
}

export function InputPanel({ text, onTextChange, onAnalyseText, onFile, sampleId, onSample }: InputPanelProps) {
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
      <textarea
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
            accept=".log,.txt,.gz,text/plain,application/gzip"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onFile(file);
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
    </section>
  );
}
