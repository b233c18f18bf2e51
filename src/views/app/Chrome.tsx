/** The fixed parts of the page around the results: header, status line, footer, drop overlay. */
import { version } from '../../../package.json';
import type { Phase } from './useAnalysis';
import { ThemeToggle } from './ThemeToggle';

export function AppHeader() {
  return (
    <header className="app-header">
      <div className="brand">
        <h1>oomscope</h1>
        <span className="version">v{version}</span>
        <span className="tagline muted">Linux OOM-killer reports, explained. Runs entirely in your browser.</span>
      </div>
      <ThemeToggle />
    </header>
  );
}

export function StatusLine({
  phase,
  message,
  note,
  onRestore,
}: {
  phase: Phase;
  message: string;
  note: string | null;
  onRestore: (() => void) | null;
}) {
  return (
    <div className={`status status-${phase}`}>
      <p data-testid="status-message" role="status">
        {message}
      </p>
      {note ? <p className="muted small">{note}</p> : null}
      {onRestore ? (
        <button type="button" data-testid="restore-text" onClick={onRestore}>
          Restore my text
        </button>
      ) : null}
    </div>
  );
}

export function AppFooter() {
  return (
    <footer className="app-footer muted small">
      oomscope {version} — no network requests, no analytics: your log never leaves this page.
    </footer>
  );
}

export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop a log file (.log, .txt or .gz) to analyse it</p>
    </div>
  );
}
