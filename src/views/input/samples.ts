/**
 * Built-in sample logs from the corpus, bundled as text so the offline single-file build has them too.
 * The first one is analysed when the app opens. Their names are in the catalogue (`inputPanel.sample.<id>`).
 */
import globalArch from './samples/global-arch-6.1.log?raw';
import memcgLeaker from './samples/memcg-4.18.log?raw';
import multiNixos from './samples/multi-6.5-nixos.log?raw';
import nginxXen from './samples/nginx-3.13.log?raw';

export interface Sample {
  id: string;
  text: string;
}

export const SAMPLES: readonly Sample[] = [
  { id: 'global', text: globalArch },
  { id: 'memcg', text: memcgLeaker },
  { id: 'multi', text: multiNixos },
  { id: 'nginx', text: nginxXen },
];

export function sampleById(id: string): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}
