/** Every gfp table, oldest first; distribution tables are listed apart because they override by pattern. */
import type { GfpTable, KernelSource } from '../../types';
import {
  GFP_2_6_11,
  GFP_2_6_11_SOURCES,
  GFP_2_6_18,
  GFP_2_6_18_SOURCES,
  GFP_2_6_23,
  GFP_2_6_23_SOURCES,
  GFP_2_6_31,
  GFP_2_6_31_SOURCES,
  GFP_2_6_38,
  GFP_2_6_38_SOURCES,
  GFP_RHEL6,
  GFP_RHEL6_SOURCES,
} from './v2_6';
import {
  GFP_3_15,
  GFP_3_15_SOURCES,
  GFP_3_8,
  GFP_3_8_SOURCES,
  GFP_4_1,
  GFP_4_1_SOURCES,
  GFP_4_4,
  GFP_4_4_SOURCES,
  GFP_4_5,
  GFP_4_5_SOURCES,
  GFP_RHEL7,
  GFP_RHEL7_SOURCES,
} from './v3';
import {
  GFP_4_10,
  GFP_4_10_SOURCES,
  GFP_4_13,
  GFP_4_13_SOURCES,
  GFP_4_15,
  GFP_4_15_SOURCES,
  GFP_4_18,
  GFP_4_18_SOURCES,
  GFP_4_6,
  GFP_4_6_SOURCES,
  GFP_4_8,
  GFP_4_8_SOURCES,
} from './v4';
import { GFP_5_1, GFP_5_1_SOURCES, GFP_5_14, GFP_5_14_SOURCES, GFP_5_18, GFP_5_18_SOURCES } from './v5';
import { GFP_6_13, GFP_6_13_SOURCES, GFP_6_3, GFP_6_3_SOURCES, GFP_6_8, GFP_6_8_SOURCES } from './v6';

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

/**
 * The kernel trees each table was read from, by table id: for the tests and the docs. The app never reads
 * them, so they are kept out of the tables and out of the built app.
 */
export const TABLE_SOURCES: Readonly<Record<string, readonly KernelSource[]>> = {
  [GFP_2_6_11.id]: GFP_2_6_11_SOURCES,
  [GFP_2_6_18.id]: GFP_2_6_18_SOURCES,
  [GFP_2_6_23.id]: GFP_2_6_23_SOURCES,
  [GFP_2_6_31.id]: GFP_2_6_31_SOURCES,
  [GFP_2_6_38.id]: GFP_2_6_38_SOURCES,
  [GFP_RHEL6.id]: GFP_RHEL6_SOURCES,
  [GFP_3_15.id]: GFP_3_15_SOURCES,
  [GFP_3_8.id]: GFP_3_8_SOURCES,
  [GFP_4_1.id]: GFP_4_1_SOURCES,
  [GFP_4_4.id]: GFP_4_4_SOURCES,
  [GFP_4_5.id]: GFP_4_5_SOURCES,
  [GFP_RHEL7.id]: GFP_RHEL7_SOURCES,
  [GFP_4_10.id]: GFP_4_10_SOURCES,
  [GFP_4_13.id]: GFP_4_13_SOURCES,
  [GFP_4_15.id]: GFP_4_15_SOURCES,
  [GFP_4_18.id]: GFP_4_18_SOURCES,
  [GFP_4_6.id]: GFP_4_6_SOURCES,
  [GFP_4_8.id]: GFP_4_8_SOURCES,
  [GFP_5_1.id]: GFP_5_1_SOURCES,
  [GFP_5_14.id]: GFP_5_14_SOURCES,
  [GFP_5_18.id]: GFP_5_18_SOURCES,
  [GFP_6_13.id]: GFP_6_13_SOURCES,
  [GFP_6_3.id]: GFP_6_3_SOURCES,
  [GFP_6_8.id]: GFP_6_8_SOURCES,
};
