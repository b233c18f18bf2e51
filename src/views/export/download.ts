/** Saving a made file (no network: a blob: URL handed to a download link) and copying text to the clipboard. */

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken the blob by the next turn; a second is generous.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

/** Copies text; false when the browser refused (no permission, not a secure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A file-name-safe stem from a log's name: "kern.log.gz" → "kern.log", spaces and slashes gone. */
export function fileStem(name: string | null | undefined): string {
  const base = (name ?? 'oomscope').split(/[\\/]/).pop() ?? 'oomscope';
  const stem = base.replace(/\.(gz|json)$/i, '').replace(/\.oomscope$/i, '');
  return stem.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'oomscope';
}
