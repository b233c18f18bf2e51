import { describe, expect, it } from 'vitest';
import { pickLang, translator } from './i18n';

describe('i18n', () => {
  it('formats ICU messages in both languages', () => {
    expect(translator('en')('app.footer', { version: '1.2.3' })).toContain('oomscope 1.2.3 — no network');
    expect(translator('zh-CN')('app.footer', { version: '1.2.3' })).toContain('oomscope 1.2.3 — 不发出');
  });

  it('formats plurals and numbers by the language’s rules', () => {
    const en = translator('en');
    expect(en('share.replacedCount', { count: 1 })).toBe('1 detail will be replaced:');
    expect(en('share.replacedCount', { count: 1234 })).toBe('1,234 details will be replaced:');
    expect(translator('zh-CN')('share.replacedCount', { count: 1234 })).toBe('将替换 1234 处信息：');
  });

  it('keeps a param’s backslashes as they are (Lingui would read `\\x2d` as an escape)', () => {
    const t = translator('en');
    const name = 'system-systemd\\x2dfsck.slice \\u0041 \\\u2060';
    expect(t('share.openedFrom', { name, first: 1, last: 2 })).toBe(`Shared event from “${name}”, lines 1–2.`);
  });

  it('gives defaultValue, else the key, for a key with no message', () => {
    const t = translator('zh-CN');
    expect(t('eventList.kinds.no-such-kind', { defaultValue: 'no-such-kind' })).toBe('no-such-kind');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('app.language', { defaultValue: 'unused' })).not.toBe('unused');
  });

  it('picks zh-CN for any Chinese tag and English otherwise', () => {
    expect(pickLang(['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLang(['de-DE', 'zh'])).toBe('zh-CN');
    expect(pickLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLang(['fr'])).toBe('en');
  });
});
