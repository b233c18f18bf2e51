/**
 * Page-wide input: paste anywhere starts an analysis, a file dragged over the page shows the drop
 * zone, and j/k move between events. Typing in other fields (the task filter) is left alone.
 */
import { useEffect, useState } from 'react';
import { useLatest } from '../common/useLatest';

export interface GlobalInputHandlers {
  onPasteText: (text: string) => void;
  /** A paste into the log textarea itself: the browser inserts it, then we analyse the new value. */
  onPasteIntoLog: () => void;
  onFile: (file: File) => void;
  /** Several files dropped at once. */
  onFiles?: (files: File[]) => void;
  onNext: () => void;
  onPrevious: () => void;
}

function isEditable(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function hasFiles(e: DragEvent): boolean {
  return !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
}

export function useGlobalInput(h: GlobalInputHandlers): { dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  const handlers = useLatest(h);

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.dataset?.testid === 'log-input') {
        setTimeout(() => handlers.current.onPasteIntoLog(), 0);
        return;
      }
      if (isEditable(target)) return;
      const file = e.clipboardData?.files?.[0];
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!file && !text) return;
      e.preventDefault();
      if (file) handlers.current.onFile(file);
      else handlers.current.onPasteText(text);
    };
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = (e: DragEvent) => {
      // relatedTarget is null only when the pointer leaves the window.
      if (!e.relatedTarget) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      const text = e.dataTransfer?.getData('text/plain') ?? '';
      if (!files.length && !(text && !isEditable(e.target))) return;
      e.preventDefault();
      if (files.length > 1 && handlers.current.onFiles) handlers.current.onFiles(files);
      else if (files.length) handlers.current.onFile(files[0]);
      else handlers.current.onPasteText(text);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isEditable(e.target)) return;
      if (e.key === 'j') handlers.current.onNext();
      else if (e.key === 'k') handlers.current.onPrevious();
      else return;
      e.preventDefault();
    };
    window.addEventListener('paste', onPaste);
    window.addEventListener('dragenter', onDragOver);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('paste', onPaste);
      window.removeEventListener('dragenter', onDragOver);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('keydown', onKey);
    };
  }, [handlers]);

  return { dragging };
}
