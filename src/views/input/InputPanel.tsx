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
import { useT } from '../common/useT';

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
  const t = useT();
  return (
    <section className="panel input-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="visually-hidden">
        {t('inputPanel.heading')}
      </h2>
      <label htmlFor={`${id}-log`} className="input-label">
        {t('inputPanel.label')} <span className="muted small">{t('inputPanel.help')}</span>
      </label>
      {card ? <InputCard card={card} onClear={onClear} /> : null}
      <textarea
        hidden={card != null}
        id={`${id}-log`}
        data-testid="log-input"
        className="log-input"
        value={text}
        spellCheck={false}
        placeholder={t('inputPanel.placeholder')}
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
          {t('inputPanel.analyse')}
        </button>
        <label className="button file-button">
          {t('inputPanel.openFile')}
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
          <span>{t('inputPanel.sampleLabel')}</span>
          <select value={sampleId} onChange={(e) => onSample(e.target.value)}>
            <option value="">{t('inputPanel.chooseSample')}</option>
            {SAMPLES.map((s) => (
              <option key={s.id} value={s.id}>
                {t(`inputPanel.sample.${s.id}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">{t('inputPanel.shortcut')}</span>
      </div>
      {remembered ? <RememberControls remembered={remembered} /> : null}
    </section>
  );
}
