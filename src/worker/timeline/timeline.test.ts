/**
 * The worker's timeline facts end to end on a generated node log (test/support/manyEvents.ts): each event's
 * place (file, time, boot, victim memory, cgroup), allocation failures on the timeline, reboots, the overview,
 * and several files read into one numbering.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { PROTOCOL_VERSION, type ParseInput, type Response } from '../protocol';
import { summaryFrom } from '../../../test/support/parseSummary';
import { cgroupOf, manyEventsText, VICTIMS } from '../../../test/support/manyEvents';

async function parse(input: ParseInput) {
  const out: Response[] = [];
  const session = createSession((r) => out.push(r), { now: () => 0 });
  await session.handle({ v: PROTOCOL_VERSION, type: 'parse', id: 1, input });
  return { out, summary: summaryFrom(out), session };
}

const text = (events: number, more: Parameters<typeof manyEventsText>[0] = { events }) =>
  manyEventsText({ ...more, events });

describe('timeline facts from the worker', () => {
  it('places every event: wall clock, uptime, boot, victim memory and cgroup', async () => {
    const { summary } = await parse({
      kind: 'text',
      text: text(12, { events: 12, reboots: 1, failureEvery: 5 }),
      name: 'node.log',
    });
    expect(summary.events).toHaveLength(12);
    expect(summary.places).toHaveLength(12);
    const [first] = summary.places;
    expect(first).toEqual({
      file: 0,
      at: { wallMs: Date.UTC(2024, 4, 1, 0, 0, 37), zoneMin: 0, uptime: 1037, boot: 0 },
      victimKb: VICTIMS[0].anonKb + 2048,
      cgroup: cgroupOf('pod-a'), // the pod, without the container id
    });
    expect(summary.places.map((p) => p.at.boot)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    expect(summary.files).toEqual([
      expect.objectContaining({
        name: 'node.log',
        events: 12,
        yearless: false,
        boots: [expect.objectContaining({ boot: 1, banner: true })],
      }),
    ]);
    // Allocation failures are on the timeline too, in the boot they happened in.
    expect(summary.allocationFailures).toHaveLength(2);
    expect(summary.failureMarks.map((m) => [m.index, m.file, m.at.boot])).toEqual([
      [0, 0, 0],
      [1, 0, 1],
    ]);
  });

  it('sums up the file: victims by name, cgroups by kills, memory freed per kill, the busiest hour', async () => {
    const { summary } = await parse({ kind: 'text', text: text(60, { events: 60, gapS: 120 }), name: 'node.log' });
    const o = summary.overview;
    expect(o.events).toBe(60);
    expect(o.kills).toBe(60);
    expect(o.victims.map((v) => [v.name, v.kills])).toEqual([
      ['java', 40],
      ['node', 10],
      ['python3', 10],
    ]);
    expect(o.cgroups.map((c) => [c.name, c.kills])).toEqual([
      [cgroupOf('pod-a'), 30],
      [cgroupOf('pod-b'), 10],
      [cgroupOf('pod-c'), 10],
      [cgroupOf('pod-d'), 10],
    ]);
    expect(o.freed).toMatchObject({ kills: 60, maxKb: 1_900_000 + 2048 });
    // One event every 2 minutes from 00:02 to 02:00: 29 in the first hour, 30 in the second.
    expect(o.busiestHour).toMatchObject({ clock: 'wall', startMs: Date.UTC(2024, 4, 1, 1), events: 30 });
  });

  it('reads several files into one numbering, each event tagged with its file, each file with its own lines', async () => {
    const a = text(3);
    const b = text(2, { events: 2, host: 'node-2', startMs: Date.UTC(2024, 4, 2) });
    const input: ParseInput = {
      kind: 'files',
      name: '2 files',
      files: [
        { file: new Blob([a]), name: 'node-1.log' },
        { file: new Blob([b]), name: 'node-2.log' },
      ],
    };
    const { summary, session, out } = await parse(input);
    expect(summary.events.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
    expect(summary.places.map((p) => p.file)).toEqual([0, 0, 0, 1, 1]);
    // The second file's first event starts at its own line 2 (after its banner).
    expect(summary.events[3].firstLine).toBe(2);
    expect(summary.files.map((f) => [f.name, f.events])).toEqual([
      ['node-1.log', 3],
      ['node-2.log', 2],
    ]);
    expect(summary.stats.lines).toBe(a.split('\n').length - 1 + b.split('\n').length - 1);
    await session.handle({ v: PROTOCOL_VERSION, type: 'event', id: 2, index: 3 });
    const detail = out.at(-1);
    if (detail?.type !== 'event-detail') throw new Error('no detail');
    expect(detail.detail.event.index).toBe(3);
    expect(detail.detail.source[0].line).toBe(2);
    expect(detail.detail.source[0].raw).toContain('node-2 kernel:');
  });
});
