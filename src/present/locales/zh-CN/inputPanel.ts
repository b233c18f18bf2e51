import type { Catalogue } from '../types';
import type { inputPanel as en } from '../en/inputPanel';

export const inputPanel: Catalogue<typeof en> = {
  heading: '输入',
  label: '内核日志',
  help: '—— 在页面任意位置粘贴、拖入文件，或打开一个文件。任何内容都不会离开你的浏览器。',
  placeholder: '在这里粘贴 dmesg、journalctl -k 或 /var/log/messages 的输出…',
  analyse: '分析',
  openFile: '打开文件…',
  sampleLabel: '示例',
  chooseSample: '选择一个示例…',
  sample: {
    global: '整机 OOM — Arch Linux 6.1（doxygen）',
    memcg: 'memcg OOM — 4.18 cgroup v1 内存泄漏',
    multi: '两个事件 — NixOS 6.5 cgroup v2',
    nginx: '设计文档 — Ubuntu 3.13 上 Xen 中的 nginx',
  },
  shortcut: 'Ctrl+Enter 分析文本。',
  reading: '正在读取 {name}：已读 {read}{has_total, select, 1 {，共 {total}} other {}}，找到 {events, number} 个事件',
  status: {
    initial: '粘贴、拖入或打开一份内核日志，或选择一个示例。',
    done: '在 {name} 中找到 {events, number} 个 OOM 事件（{lines, number} 行{failures, plural, =0 {} other {，另有 {failures, number} 次页分配失败}}）。',
    eventFailed: '无法加载第 {n} 个事件：{error}',
    failed: '无法分析 {name}：{error}。你的输入已保留。',
  },
  input: '输入',
  cancel: '取消',
  skip: '跳到结果',
  results: '结果',
  restore: '恢复我的文本',
  drop: '拖入日志文件（.log、.txt 或 .gz）即可分析',
  themeTo: { dark: '切换到深色主题', light: '切换到浅色主题' },
  theme: { dark: '深色', light: '浅色' },
  allocationFailures: '{count, number} 次页分配失败（警告，不是 OOM 杀进程）',
  allocationFailure: '{comm}：order {order}，mode {mask} — 第 {first}–{last} 行',
  parserNotes: '{count, number} 条解析器说明',
  parserNotesLang: '解析器的说明只有英文。',
};
