import type { Catalogue } from '../types';
import type { source as en } from '../en/source';

export const source: Catalogue<typeof en> = {
  title: '原始日志',
  range: '第 {first}–{last} 行',
  highlighted: '高亮第 {line} 行',
  none: '这个事件没有保留原始行。',
  region: '这个事件的原始日志行',
  showLine: '在原始日志中显示第 {line} 行',
  evidence: '证据行：',
  more: '另有 {count, number} 行',
  stripPrefixes: '去掉前缀',
  stripHelp: '隐藏每条内核消息前的时间戳、主机名和设施',
  wrap: '自动换行',
  copy: '复制{count, plural, =0 {选中的行} other { {count, number} 行}}',
  copyHelp: '点击行号选中一行；按住 Shift 点击可选中一段。',
  copied: '已复制 {count, number} 行。',
  copyFailed: '浏览器不允许复制。',
  back: '返回',
  backTitle: '回到跳转到第 {line} 行之前的位置',
  resize: '调整原始日志面板的大小',
  lineNumber: '选中第 {line} 行',
};
