import { describe, expect, it } from 'vitest';
import { translator } from './i18n';
import { documentTitle, shortTime } from './title';

describe('document title', () => {
  it('names the victim, the host and the time, in both languages', () => {
    const facts = { victim: 'java', trigger: 'java', host: 'web-7', time: 'Nov 20 10:03:01' };
    expect(documentTitle(translator('en'), facts)).toBe('oomscope — java killed, web-7, Nov 20 10:03');
    expect(documentTitle(translator('zh-CN'), facts)).toBe('oomscope — java 被终止，web-7，Nov 20 10:03');
  });

  it('leaves out what the log does not say, and falls back to the app’s name', () => {
    const t = translator('en');
    expect(documentTitle(t, { victim: null, trigger: 'nginx', host: null, time: '[ 8523.347168]' })).toBe(
      'oomscope — nginx ran out of memory',
    );
    expect(documentTitle(t, { victim: null, trigger: null, host: null, time: null })).toBe(
      'oomscope — Linux OOM-killer log explorer',
    );
    expect(documentTitle(t, null)).toBe('oomscope — Linux OOM-killer log explorer');
  });

  it('shortens each timestamp style to the minute', () => {
    expect(shortTime('Oct 12 19:00:20')).toBe('Oct 12 19:00');
    expect(shortTime('2021-07-18T10:03:01.123456+00:00')).toBe('2021-07-18 10:03');
    expect(shortTime('[Tue Apr 14 11:14:15 2020]')).toBe('Apr 14 11:14');
    expect(shortTime('[二 9月  3 05:57:48 2024]')).toBe('9月 3 05:57');
    expect(shortTime('[ 8523.347168]')).toBeNull();
    expect(shortTime(null)).toBeNull();
  });
});
