import type { Catalogue } from '../types';
import type { input as en } from '../en/input';

export const input: Catalogue<typeof en> = {
  empty: '输入为空：请粘贴内核日志或打开一个文件。',
  blank: '输入只包含空白：请粘贴内核日志或打开一个文件。',
  format: '这看起来是{inGzip, select, yes {gzip 文件中的} other {}}{what}，不是文本日志。{hint}',
  binary:
    '这看起来是二进制数据，不是文本日志（大部分是非文本字符{nul, select, yes {，含有 NUL 字节} other {}}）。{gzip, select, yes {} other {如果它是压缩文件，只能读取 gzip（.gz）格式。}}',
  gzipBroken: 'gzip 文件被截断或已损坏：只能读取前 {lines, number} 行。',
  gzipNothing: 'gzip 文件被截断或已损坏：无法从中解压出任何内容。',
  found:
    '在 {lines, number} 行{prefixes, select, none {} other {（前缀格式：{prefixes}）}}中找到 {events, number} 个 OOM-killer 事件{incomplete, plural, =0 {} other {，其中 # 个不完整}}{failures, plural, =0 {} other {，另有 # 个页面分配失败（警告，不是 OOM 终止）}}。',
  noReport:
    '在 {lines, number} 行{prefixes, select, none {} other {（前缀格式：{prefixes}）}}中没有找到 OOM-killer 报告{failures, plural, =0 {} other {（有 # 个页面分配失败，属于警告）}}。OOM 报告以类似“… invoked oom-killer: gfp_mask=…”的行开头，或包含“Out of memory”或“Killed process”。',
  nul: '输入中含有 {count, number} 个 NUL 字节（第一个在第 {line, number} 行）：其中一部分是二进制数据吗？',
  undecodable: '有 {count, number} 个字节不是有效的 {encoding} 编码，显示为 �。',
  utf16: '已按 {encoding} 文本读取{bom, select, yes {（以字节顺序标记开头）} other {}}。',
  formats: {
    gzip: 'gzip 压缩数据',
    xz: 'xz 压缩数据',
    zstd: 'zstd 压缩数据',
    bzip2: 'bzip2 压缩数据',
    lz4: 'lz4 压缩数据',
    zip: 'zip 压缩包',
    '7z': '7-Zip 压缩包',
    tar: 'tar 归档文件',
    'systemd-journal': '二进制 systemd 日志文件',
    elf: 'ELF 文件（程序，或原始 vmcore 崩溃转储）',
    kdump: '压缩的 kdump 崩溃转储',
    pdf: 'PDF 文档',
    png: 'PNG 图片',
    jpeg: 'JPEG 图片',
  },
  hints: {
    gzip: '请直接打开 .gz 文件而不是粘贴其内容，或者再解压一次。',
    compressed: '请先解压；只有 gzip（.gz）可以直接读取。',
    archive: '请先从压缩包中取出日志文件。',
    journal: '请先导出为文本：journalctl -k -o short-precise --file FILE。',
    dump: '请先提取其中的内核日志，例如 makedumpfile --dump-dmesg FILE dmesg.txt，或在 crash 中运行 dmesg。',
    picture: 'oomscope 按文本读取日志：请粘贴或打开日志文本本身。',
  },
};
