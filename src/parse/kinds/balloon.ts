/**
 * Balloon drivers (virtio_balloon, hv_balloon, Xen, VMware): the hypervisor moving memory in or out of the
 * guest. Their lines are not part of the OOM report; one near it (before it, inside it or right after the
 * kill) is kept on the event as evidence (`OomEvent.balloon`).
 */
import type { BalloonNote } from '../model';
import { parseBalloon } from '../sections/balloon';
import { ANY, type KindRecords } from './kind';

export interface BalloonReadings {
  balloon: { note: BalloonNote };
}

export const BALLOON_KINDS = {
  balloon: {
    recognise: {
      line: {
        starts: ANY, // `virtio_balloon virtio0:`, `hv_balloon:`, `xen:balloon:`, or a message naming the balloon
        classify(text, line) {
          if (!text.includes('alloon')) return null;
          const note = parseBalloon(text, line);
          return note ? { kind: 'balloon', note } : null;
        },
      },
    },
    section: 'none',
    apply(open, c) {
      (open.event.balloon ??= []).push(c.note);
    },
    closesEvent: false,
    afterKill(open, c) {
      (open.event.balloon ??= []).push(c.note);
      return 'recorded';
    },
    outside: 'notedForNextEvent',
    inFailureDump: false,
    inKernelBug: false,
    wrap: { cut: { takesTail: 'never' }, joinedReading: false },
  },
} satisfies KindRecords<BalloonReadings>;
