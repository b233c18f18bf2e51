import type { Catalogue } from '../types';
import type { app as en } from '../en/app';

export const app: Catalogue<typeof en> = {
  tagline: 'Linux OOM-killer 报告解读。完全在你的浏览器中运行。',
  footer: 'oomscope {version} — 不发出任何网络请求，没有统计分析：你的日志不会离开本页面。',
  language: '语言',
};
