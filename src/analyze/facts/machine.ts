/**
 * The machine and kernel behind a report: release and era, word size, HighMem.
 * Each is read from the lines that prove it, never from a default.
 */
import type { OomEvent } from '../../parse/model';
import { isPrerelease, parseKernelVersion, type WordSize } from '../../kernel';
import { inferVersionWindow, MAX_KEY, MIN_KEY } from '../../kernel/shape';
import { keyOf } from '../../kernel/version';

export interface KernelFact {
  /** The release as printed on the CPU:/Pid: line (RHEL taint runs such as `----V-------` skipped). */
  version: string | null;
  /** Version window [lo, hi] as comparable keys: exact from the release, else from the report's shape. */
  lo: number;
  hi: number;
  exact: boolean;
  /** -rc, -next or a merge-window snapshot: flag tables there are a guess. */
  prerelease: boolean;
  line: number | null;
}

export function kernelOf(event: OomEvent): KernelFact {
  const version = event.kernel?.version ?? null;
  const parsed = parseKernelVersion(version);
  if (parsed) {
    // A release names its minor series; its patch level does not change the era's rules here.
    const lo = keyOf(`${parsed.major}.${parsed.minor}.${parsed.major === 2 ? parsed.patch : 0}`);
    const hi = parsed.major === 2 ? lo : lo + 999;
    return { version, lo, hi, exact: true, prerelease: isPrerelease(version), line: event.kernel?.line ?? null };
  }
  let window = { lo: MIN_KEY, hi: MAX_KEY };
  try {
    window = inferVersionWindow(event);
  } catch {
    /* shape clues that cannot be read leave the whole range */
  }
  return { version, lo: window.lo, hi: window.hi, exact: false, prerelease: false, line: null };
}

const ARCH_64 = /x86_64|amd64|aarch64|arm64|ppc64|s390x|riscv64/;
const ARCH_32 = /i[3-6]86|armv[4-7]|\.armhf|-pae\b/;

export interface WordSizeFact {
  bits: WordSize;
  /** 32-bit with a HighMem zone that holds memory: lowmem is the kernel's own memory. */
  highmem: boolean;
  lines: number[];
}

/**
 * 64-bit: a DMA32 zone (64-bit only), a 64-bit release string, a process bigger than 4 GiB of address
 * space. 32-bit: a HighMem zone with memory, a 32-bit release, or the ≤3.11 `pages HighMem` /
 * 2.6.2x `pages of HIGHMEM` line (printed only with CONFIG_HIGHMEM, a 32-bit option).
 */
export function wordSizeOf(event: OomEvent, kernel: KernelFact): WordSizeFact {
  // 2.6.1x kernels print every zone index on every arch, so an i386 report lists an empty DMA32: only a
  // DMA32 that holds memory means 64-bit. A HighMem zone with memory exists only on 32-bit kernels.
  const holds = (z: { presentKb: number | null; managedKb: number | null; freeKb: number }) =>
    (z.presentKb ?? z.managedKb ?? z.freeKb) > 0;
  const highmem = event.zones.find((z) => z.zone === 'HighMem' && holds(z));
  const dma32 = highmem ? undefined : event.zones.find((z) => z.zone === 'DMA32' && holds(z));
  const release = kernel.version ?? '';
  const bigVm = (event.victim?.totalVmKb ?? 0) > 4 * 1024 * 1024;
  if (dma32) return { bits: 64, highmem: false, lines: [dma32.line] };
  if (ARCH_64.test(release) || bigVm) {
    return {
      bits: 64,
      highmem: false,
      lines: [ARCH_64.test(release) ? kernel.line : event.victim?.line].filter(isLine),
    };
  }
  if (highmem) return { bits: 32, highmem: true, lines: [highmem.line] };
  const highmemLine = event.summary.lines.highmemPages;
  const oldHighmemLine = event.summary.highmemPages !== null && kernel.hi < keyOf('3.12');
  if (ARCH_32.test(release) || oldHighmemLine) {
    return { bits: 32, highmem: false, lines: [ARCH_32.test(release) ? kernel.line : highmemLine].filter(isLine) };
  }
  return { bits: null, highmem: false, lines: [] };
}

function isLine(n: number | null | undefined): n is number {
  return typeof n === 'number';
}
