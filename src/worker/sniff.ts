/**
 * Looks at the start of the decoded text to tell a log from something that is not text at all, so the user
 * hears "this is binary data" instead of "no OOM report found". Only the first SAMPLE_CHARS are examined:
 * cheap, and a log file does not turn binary halfway (a syslog may hold a run of NULs after a crash, which is
 * why a few NULs alone do not make the input binary).
 */
const SAMPLE_CHARS = 64 * 1024;
/** Above this share of control / undecodable characters the input is called binary. */
const BINARY_RATIO = 0.1;

export interface TextFacts {
  /** UTF-16 characters decoded. */
  chars: number;
  /** Some character other than whitespace was seen. */
  nonBlank: boolean;
  /** NUL characters within the sample. */
  nulChars: number;
  /** Mostly non-text: control characters, NULs or bytes that were not valid UTF-8. */
  binary: boolean;
}

export interface Sniffer {
  feed(text: string): void;
  facts(): TextFacts;
}

function isNonText(code: number): boolean {
  if (code === 0xfffd) return true; // TextDecoder's replacement for invalid UTF-8
  if (code >= 0x20) return code === 0x7f;
  return code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c;
}

export function createSniffer(): Sniffer {
  let chars = 0;
  let nonBlank = false;
  let sampled = 0;
  let nonText = 0;
  let nulChars = 0;
  return {
    feed(text) {
      chars += text.length;
      if (!nonBlank && /\S/.test(text)) nonBlank = true;
      const take = Math.min(text.length, SAMPLE_CHARS - sampled);
      for (let i = 0; i < take; i++) {
        const code = text.charCodeAt(i);
        if (code === 0) nulChars++;
        if (isNonText(code)) nonText++;
      }
      sampled += take;
    },
    facts() {
      return { chars, nonBlank, nulChars, binary: sampled > 0 && nonText / sampled > BINARY_RATIO };
    },
  };
}
