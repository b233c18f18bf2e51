/** The fixed parts of the page around the results: header, status line, footer, drop overlay. */
import { version } from '../../../package.json';
import { memo, type ReactNode } from 'react';
import { useTranslation } from '../common/i18n';
import { LanguageSwitch } from '../common/LanguageSwitch';
import type { Phase } from './useAnalysis';
import { ThemeToggle } from './ThemeToggle';

// Memoised, like the footer: they take no props, and the app renders a dozen times per file read.
export const AppHeader = memo(function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>oomscope</h1>
        <span className="version">v{version}</span>
        <span className="tagline muted">{t('app.tagline')}</span>
      </div>
      <div className="header-tools">
        <LanguageSwitch />
        <ThemeToggle />
      </div>
    </header>
  );
});

export function StatusLine({
  phase,
  message,
  note,
  onRestore,
  retry,
  children,
}: {
  phase: Phase;
  message: string;
  note: string | null;
  onRestore: (() => void) | null;
  /** "Try again" after a cancel: reads what the input box refers to (named, so there is no doubt which). */
  retry?: { name: string; run: () => void } | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className={`status status-${phase}`}>
      <p data-testid="status-message" role="status">
        {message}
      </p>
      {note ? (
        <p className="muted small" data-testid="status-note">
          {note}
        </p>
      ) : null}
      {children}
      {retry ? (
        <button type="button" data-testid="retry" onClick={retry.run}>
          {t('inputBox.retry', { name: retry.name })}
        </button>
      ) : null}
      {onRestore ? (
        <button type="button" data-testid="restore-text" onClick={onRestore}>
          {t('inputPanel.restore')}
        </button>
      ) : null}
    </div>
  );
}

export const AppFooter = memo(function AppFooter() {
  const { t } = useTranslation();
  return <footer className="app-footer muted small">{t('app.footer', { version })}</footer>;
});

export function DropOverlay() {
  const { t } = useTranslation();
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('inputPanel.drop')}</p>
    </div>
  );
}
