/** The zone watermark panel (src/views/charts/ZoneWatermarks.tsx); the verdicts and arithmetic are in zones.ts. */
export const watermarks = {
  title: 'Zone watermarks',
  none: 'This report has no per-zone lines.',
  intro:
    'The allocator needs free memory above min plus the lowmem_reserve that protects lower zones from this request. Bars are free memory; red bars are zones the request could use but that failed the check.',
  exactKb:
    'The arithmetic and the table show the kernel’s own figures as it printed them, in kB (1 kB = 1024 bytes); the axes use KiB, MiB and GiB.',
  zone: 'Node {node} {zone}',
  tableToggle: 'Watermark numbers as a table',
  caption: 'Free memory and watermarks per zone, in kB as the kernel printed them',
  col: {
    zone: 'Zone',
    free: 'free',
    min: 'min',
    low: 'low',
    high: 'high',
    reserve: 'reserve',
    verdict: 'Verdict',
  },
};
