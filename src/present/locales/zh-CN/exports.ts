import type { Catalogue } from '../types';
import type { exports as en } from '../en/exports';

export const exports: Catalogue<typeof en> = {
  title: '导出',
  menu: '导出这个事件',
  markdown: 'Markdown 报告',
  copyMarkdown: '复制 Markdown',
  downloadMarkdown: '保存 .md',
  markdownHelp: '用于工单：结论、带数值的发现、zone、主要任务、gfp 解码、内核信息。',
  csv: '任务表导出为 CSV',
  csvHelp: '与表格当前显示的行、顺序、筛选和单位一致。',
  json: '事件导出为 JSON',
  jsonHelp: '命令行为这个事件输出的 JSON 文档（docs/cli-json.md）。',
  saveJson: '保存 .json',
  elsewhere: '任务表的 CSV 和图表图片：在各自面板的按钮里。',
  notReady: '日志还在读取中：读完后才能保存 JSON。',
  failed: '导出失败：{error}',
  copied: '已复制到剪贴板。',
  copyFailed: '浏览器不允许复制；请改用“保存 .md”。',
  saved: '已保存 {file}。',
  chartGroup: '保存“{chart}”图表',
  svgTitle: '将图表保存为 SVG 图片',
  pngTitle: '将图表保存为 PNG 图片',
};
