/** Runs the CLI in-process (`main(argv, io)`): real files through Node's io, stdin and output as strings. */
import { main } from '../../src/cli/main';
import { nodeIo } from '../../src/cli/nodeIo';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stream of `chunks`, one per read (to feed stdin in pieces). */
export function streamOf(...chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const queue = chunks.map((c) => (typeof c === 'string' ? new TextEncoder().encode(c) : c));
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
}

export async function runCli(
  argv: string[],
  stdin: string | Uint8Array | ReadableStream<Uint8Array> = '',
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = {
    ...nodeIo('test'),
    out: (text: string) => void (stdout += text),
    err: (text: string) => void (stderr += text),
    stdin: () => (stdin instanceof ReadableStream ? stdin : streamOf(stdin)),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
