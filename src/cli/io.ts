/**
 * What the CLI needs from the outside world, as one object: `main(argv, io)` runs in-process in tests with
 * strings and web streams, and the installed command wires it to Node's (nodeIo.ts).
 */
export interface CliIo {
  /** Standard output (already newline-terminated text). */
  out(text: string): void;
  /** Standard error. */
  err(text: string): void;
  stdin(): ReadableStream<Uint8Array>;
  /** A file's bytes and size; rejects with a Node-style error (`code: 'ENOENT'`…) when it cannot be opened. */
  open(path: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number | null }>;
  /** `--follow`: how long the input must pause after a kill line before its event is printed (ms). */
  followQuietMs?: number;
  /** The version printed by --version. */
  version?: string;
}
