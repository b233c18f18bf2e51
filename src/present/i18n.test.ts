import { describe, expect, it } from 'vitest';
import { pickLang, translator } from './i18n';

describe('i18n', () => {
  it('formats ICU messages in both languages', () => {
    expect(translator('en')('app.footer', { version: '1.2.3' })).toContain('oomscope 1.2.3 — no network');
    expect(translator('zh-CN')('app.footer', { version: '1.2.3' })).toContain('oomscope 1.2.3 — 不发出');
  });

  it('picks zh-CN for any Chinese tag and English otherwise', () => {
    expect(pickLang(['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLang(['de-DE', 'zh'])).toBe('zh-CN');
    expect(pickLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLang(['fr'])).toBe('en');
  });
});
