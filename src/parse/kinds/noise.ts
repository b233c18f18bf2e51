/**
 * Lines an OOM report prints that the model does not keep (unreclaimable slab dumps, allocation
 * profiling, the kill path's notes): recognised so they are not reported as not understood.
 */
import { isKnownOomNoise } from '../sections/noise';
import { ANY, storesNothing, type KindRecords } from './kind';

export interface NoiseReadings {
  knownNoise: object;
}

export const NOISE_KINDS = {
  knownNoise: {
    recognise: {
      line: {
        starts: ANY, // two of these messages may follow a prefix of their own
        classify: (text) => (isKnownOomNoise(text) ? { kind: 'knownNoise' } : null),
      },
    },
    section: 'none',
    apply: storesNothing,
    closesEvent: false,
    // `OOM victim N is already exiting` notes between a memory.oom.group's kills.
    afterKill: (open) => (open.event.oomGroup !== null ? 'recorded' : false),
    outside: 'nothing',
    inFailureDump: true,
    inKernelBug: true,
    wrap: { cut: { takesTail: 'absorbed' }, joinedReading: false }, // any text could read as one
  },
} satisfies KindRecords<NoiseReadings>;
