/** Every gfp table, oldest first; distribution tables are listed apart because they override by pattern. */
import type { GfpTable } from '../../types';
import { GFP_2_6_11, GFP_2_6_18, GFP_2_6_23, GFP_2_6_31, GFP_2_6_38, GFP_RHEL6 } from './v2_6';
import { GFP_3_15, GFP_3_8, GFP_4_1, GFP_4_4, GFP_4_5, GFP_RHEL7 } from './v3';
import { GFP_4_10, GFP_4_13, GFP_4_15, GFP_4_18, GFP_4_6, GFP_4_8 } from './v4';
import { GFP_5_1, GFP_5_14, GFP_5_18 } from './v5';
import { GFP_6_13, GFP_6_3, GFP_6_8 } from './v6';

export const UPSTREAM_TABLES: readonly GfpTable[] = [
  GFP_2_6_11,
  GFP_2_6_18,
  GFP_2_6_23,
  GFP_2_6_31,
  GFP_2_6_38,
  GFP_3_8,
  GFP_3_15,
  GFP_4_1,
  GFP_4_4,
  GFP_4_5,
  GFP_4_6,
  GFP_4_8,
  GFP_4_10,
  GFP_4_13,
  GFP_4_15,
  GFP_4_18,
  GFP_5_1,
  GFP_5_14,
  GFP_5_18,
  GFP_6_3,
  GFP_6_8,
  GFP_6_13,
];

export const DISTRO_TABLES: readonly GfpTable[] = [GFP_RHEL6, GFP_RHEL7];

export const ALL_TABLES: readonly GfpTable[] = [...UPSTREAM_TABLES, ...DISTRO_TABLES];

export function tableById(id: string): GfpTable | undefined {
  return ALL_TABLES.find((t) => t.id === id);
}
