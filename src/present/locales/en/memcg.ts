/** The memory cgroup panel (src/views/event/MemcgPanel.tsx). Counter and stat names stay the kernel's. */
export const memcg = {
  title: 'Memory cgroup',
  limitHitBy: 'Limit hit by',
  victimCgroup: 'Victim’s cgroup',
  unknown: 'unknown',
  usage:
    '{used} used of {limit}{has_failcnt, select, 1 {, hit the limit {failcnt, plural, one {# time} other {# times}}} other {}}',
  noLimit: 'no limit',
  chart: 'Usage against the limit',
  chartLabel: 'Usage against the limit: {items}.',
  chartItem: '{name} {pct} ({usage})',
  largestStats: 'Largest stats{has_path, select, 1 { for {path}} other {}}',
  statsCaption: 'Largest memory cgroup statistics',
  col: { stat: 'Stat', size: 'Size', cgroup: 'cgroup', rss: 'rss', cache: 'cache' },
  children: 'Cgroups below it ({count})',
  childrenCaption: 'Memory of each cgroup below the one that hit its limit',
  more: 'and {count, plural, one {# smaller one} other {# smaller ones}}',
};
