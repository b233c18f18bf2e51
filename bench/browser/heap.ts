/**
 * The JS heap of the page and of the app's parse worker, through the DevTools protocol: `Runtime.getHeapUsage`
 * on the page, and on the worker through a (non-flat) session attached to it, messages passed with
 * Target.sendMessageToTarget. Sampled while a file is read (the peak), and after a forced collection at the
 * end (what the page and the worker keep).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface Heaps {
  pageMb: number;
  workerMb: number | null;
}

interface HeapUsage {
  usedSize: number;
}

const MB = 2 ** 20;

export async function heapProbe(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let workerSession: string | null = null;
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workerSession = e.sessionId;
  });
  cdp.on('Target.detachedFromTarget', (e) => {
    if (e.sessionId === workerSession) workerSession = null;
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result ?? null);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  /** A protocol call on the worker; null when there is no worker or it does not answer in 5 s. */
  function toWorker<T>(method: string): Promise<T | null> {
    const sessionId = workerSession;
    if (!sessionId) return Promise.resolve(null);
    const id = nextId++;
    return new Promise<T | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 5000);
      waiting.set(id, (result) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(result as T);
      });
      void cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch(() => resolve(null));
    });
  }

  let peak: Heaps = { pageMb: 0, workerMb: null };
  async function sample(): Promise<Heaps> {
    const [pageHeap, workerHeap] = await Promise.all([
      cdp.send('Runtime.getHeapUsage') as Promise<HeapUsage>,
      toWorker<HeapUsage>('Runtime.getHeapUsage'),
    ]);
    const now = { pageMb: pageHeap.usedSize / MB, workerMb: workerHeap ? workerHeap.usedSize / MB : null };
    peak = {
      pageMb: Math.max(peak.pageMb, now.pageMb),
      workerMb: now.workerMb === null ? peak.workerMb : Math.max(peak.workerMb ?? 0, now.workerMb),
    };
    return now;
  }

  return {
    sample,
    resetPeak: () => (peak = { pageMb: 0, workerMb: null }),
    peak: () => peak,
    /** Heaps after a full collection in both. */
    async retained(): Promise<Heaps> {
      await Promise.all([cdp.send('HeapProfiler.collectGarbage'), toWorker('HeapProfiler.collectGarbage')]);
      return sample();
    },
    close: () => cdp.detach().catch(() => {}),
  };
}
