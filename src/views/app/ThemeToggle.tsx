/** Light/dark theme: follows prefers-color-scheme until the user picks one; the pick is remembered. */
import { useEffect, useState } from 'react';
import { useTranslation } from '../common/i18n';

type Theme = 'light' | 'dark';
const KEY = 'oomscope-theme';

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function storedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null; // storage can be unavailable (file://, privacy modes)
  }
}

export function ThemeToggle() {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Theme | null>(storedTheme);
  const effective = chosen ?? systemTheme();

  useEffect(() => {
    if (chosen) document.documentElement.dataset.theme = chosen;
    else delete document.documentElement.dataset.theme;
  }, [chosen]);

  const next: Theme = effective === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={t(`inputPanel.themeTo.${next}`)}
      onClick={() => {
        setChosen(next);
        try {
          localStorage.setItem(KEY, next);
        } catch {
          /* not remembered: fine */
        }
      }}
    >
      <span aria-hidden="true">{effective === 'dark' ? '☀' : '☾'}</span> {t(`inputPanel.theme.${next}`)}
    </button>
  );
}
