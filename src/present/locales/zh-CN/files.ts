import type { Catalogue } from '../types';
import type { files as en } from '../en/files';

export const files: Catalogue<typeof en> = {
  name: '{count, number} 个文件',
  card: '已打开 {count, number} 个文件（{size}）：{names}。下面的结果来自所有这些文件，显示在同一条时间线上。',
};
