/** The kernel and hardware card with the call trace (src/views/event/KernelCard.tsx). */
export const kernelCard = {
  title: 'Kernel and hardware',
  kernel: 'Kernel',
  unknown: 'unknown',
  tainted: 'Tainted',
  notTainted: 'not tainted',
  cpuLine: 'CPU / PID / comm',
  uid: '(uid {uid})',
  hardware: 'Hardware',
  cpuset: 'cpuset',
  none: 'The report has no CPU/PID line naming the kernel.',
  callTrace: 'Call trace',
  traceLabel: 'Call trace, innermost frame first',
  noTrace: 'No call trace in this report.',
  role: { oom: 'OOM killer', alloc: 'allocator', caller: 'the caller' },
};
