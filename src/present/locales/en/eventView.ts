/** The frame of one event's views (src/views/event/EventView.tsx): the section bar, empty panels, the source aside. */
export const eventView = {
  sections: 'Views of this event',
  section: {
    summary: 'Summary',
    memcg: 'cgroup',
    zones: 'Watermarks',
    buddy: 'Free blocks',
    gfp: 'gfp flags',
    tasks: 'Tasks',
    mem: 'Memory',
    kernel: 'Kernel',
    findings: 'Findings',
  },
  missing: 'Not in this report: {list}.',
  missingName: {
    zones: 'zone watermarks',
    buddy: 'free blocks per order',
    gfp: 'the allocation request',
    tasks: 'the task table',
    mem: 'Mem-Info',
    kernel: 'the kernel and call trace',
  },
  listSeparator: ', ',
  sourceAside: 'Source lines',
  resize: 'Width of the source panel',
};
