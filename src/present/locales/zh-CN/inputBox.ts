import type { Catalogue } from '../types';
import type { inputBox as en } from '../en/inputBox';

export const inputBox: Catalogue<typeof en> = {
  fileCard: '已打开 {name}（{size}）：下方结果来自此文件。文件内容太大，不在此处显示。',
  sharedCard: '已打开来自“{name}”的分享事件（{size}）；内容太大，不在此处显示。',
  reading: '正在读取 {name}…',
  clear: '清除',
  remember: '在此浏览器中记住我上次的日志',
  rememberHelp: '只保存在此浏览器中（IndexedDB），绝不发送到任何地方。除非你打开，否则默认关闭。',
  forget: '忘记它',
  rememberUnavailable: '此浏览器不允许页面保存日志（隐私模式，或 file:// 页面）。',
  remembered: '已重新打开你上次的日志 {name}，自 {date} 起保存在此浏览器中。',
  forgotten: '已从此浏览器中删除记住的日志。',
  notKept:
    '你上次的日志（{name}）在重新加载后没有保留：除非打开“记住我上次的日志”，日志只存在于页面中。现在显示内置示例。',
  cancelled: '已取消读取 {name}。你的输入没有改动；点“重试”可重新读取。',
  retry: '重试：{name}',
  pasted: '粘贴的文本',
};
