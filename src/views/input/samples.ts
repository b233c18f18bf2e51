/**
 * Built-in sample logs from the corpus, bundled as text so the offline single-file build has them too.
 * The first one is analysed when the app opens.
 */
import globalArch from './samples/global-arch-6.1.log?raw';
import memcgLeaker from './samples/memcg-4.18.log?raw';
import multiNixos from './samples/multi-6.5-nixos.log?raw';
import nginxXen from './samples/nginx-3.13.log?raw';

export interface Sample {
  id: string;
  label: string;
  text: string;
}

export const SAMPLES: readonly Sample[] = [
  { id: 'global', label: 'Global OOM — Arch Linux 6.1 (doxygen)', text: globalArch },
  { id: 'memcg', label: 'memcg OOM — 4.18 cgroup v1 leaker', text: memcgLeaker },
  { id: 'multi', label: 'Two events — NixOS 6.5 cgroup v2', text: multiNixos },
  { id: 'nginx', label: 'Design document — Ubuntu 3.13 nginx on Xen', text: nginxXen },
];

export function sampleById(id: string): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}
