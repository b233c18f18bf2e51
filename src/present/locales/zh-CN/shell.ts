import type { Catalogue } from '../types';
import type { shell as en } from '../en/shell';

export const shell: Catalogue<typeof en> = {
  printSource: '源日志第 {first}–{last} 行',
  title: {
    base: 'oomscope — Linux OOM-killer 日志浏览器',
    event: 'oomscope — {what}',
    killed: '{victim} 被终止',
    invoked: '{trigger} 内存耗尽',
    separator: '，',
  },
};
