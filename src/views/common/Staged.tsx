/**
 * A heavy view rendered in a turn of its own (staging.ts): it is mounted, moved to new data, and unmounted
 * one view per task, so opening an event (its chart panels, a task table, the source) or leaving it never
 * makes one long task. `version` says which data the children show (the event's detail, a zone's row):
 * while a newer version waits for its turn, the view keeps showing the older one (marked `data-staged="stale"`);
 * changes within a version (a highlighted line) pass straight through.
 *
 * Staging is on only inside <StagingOn> (the app); elsewhere (component tests, a chart alone) children
 * render at once. Inside <Retiring value>, views unmount one per turn.
 */
import { createContext, startTransition, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { requestTurn } from './staging';
import './staged.css';

const StagingEnabled = createContext(false);
const RetiringContext = createContext(false);

export const StagingOn = StagingEnabled.Provider;
export const Retiring = RetiringContext.Provider;

interface Shown {
  version: unknown;
  children: ReactNode;
}

export function Staged({
  version,
  children,
  minHeight = 0,
  label,
}: {
  version: unknown;
  children: ReactNode;
  /** Room kept while it waits, so the page does not jump when it comes. */
  minHeight?: number;
  /** Its name in `npm run bench:browser`'s list of turns. */
  label?: string;
}) {
  const enabled = useContext(StagingEnabled);
  const retiring = useContext(RetiringContext);
  const target = retiring ? null : version;
  const [shown, setShown] = useState<Shown | null>(null);
  /** This view's turn: asked for, then started (its state update made); `alive` false once unmounted. */
  const turn = useRef<{ handle: ReturnType<typeof requestTurn>; started: boolean } | null>(null);
  const alive = useRef(true);
  const latest = useRef({ target, children });

  useEffect(() => {
    latest.current = { target, children };
    if (!enabled) return;
    // An effect after a started turn: its update has been committed, the next view may go.
    if (turn.current?.started) {
      turn.current.handle.finish();
      turn.current = null;
    }
    const inStep = shown === null ? target === null : shown.version === target;
    if (inStep || turn.current) return;
    const mine = {
      started: false,
      handle: requestTurn(
        () => {
          const next = latest.current;
          if (!alive.current) return false;
          mine.started = true;
          setShown(next.target === null ? null : { version: next.target, children: next.children });
          return true;
        },
        `${label ?? 'view'}${target === null ? ' (leaving)' : ''}`,
        // Leaving draws nothing (a retiring view's content is already hidden): no need to wait for a frame.
        { frame: target !== null },
      ),
    };
    turn.current = mine;
  }, [target, children, enabled, shown, label]);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      turn.current?.handle.cancel();
    };
  }, []);

  if (!enabled) return <>{children}</>;
  if (shown === null)
    return target === null ? null : (
      <div className="staged" data-staged="waiting" style={{ minHeight }} aria-busy="true" />
    );
  const live = shown.version === target;
  // A retiring view is hidden as a whole (staged.css): its parts are not also marked stale one by one, which
  // would make the browser restyle each of them.
  const stale = !live && !retiring;
  // The same element in both cases, so a view moving to new data is updated, never remounted.
  return (
    <div className="staged" data-staged={stale ? 'stale' : 'live'} aria-busy={stale ? 'true' : undefined}>
      {live ? children : shown.children}
    </div>
  );
}

/**
 * False at first, true from a staging turn after the view's first commit: for the part of a view that may come
 * a moment later, in a task of its own (a grid draws its first rows, then the rest of the rows in view and
 * the ones it keeps ready beyond them in the turn after). True at once outside the app (no staging), and when printing.
 */
export function useSettled(label: string): boolean {
  const enabled = useContext(StagingEnabled);
  const [settled, setSettled] = useState(!enabled);
  const turn = useRef<ReturnType<typeof requestTurn> | null>(null);
  useEffect(() => {
    if (settled || turn.current) return;
    turn.current = requestTurn(() => {
      // A transition: React renders the later part in slices, yielding to the browser between them.
      startTransition(() => setSettled(true));
      return true;
    }, label);
  }, [settled, label]);
  useEffect(() => {
    // The settled render has been committed: the next view may go.
    if (!settled || !turn.current) return;
    turn.current.finish();
    turn.current = null;
  }, [settled]);
  useEffect(
    () => () => {
      turn.current?.cancel();
      turn.current = null;
    },
    [],
  );
  return settled;
}
