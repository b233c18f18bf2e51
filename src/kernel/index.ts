/** Public entry of kernel knowledge. PLACEHOLDER until the gfp tables land (owner: kernel helper). */
import type { OomEvent } from '../parse/model';
import type { GfpDecode } from './types';
export * from './types';

/** Decode the event's trigger gfp mask with the table for that event's kernel. */
export function decodeGfpForEvent(event: OomEvent): GfpDecode | null {
  void event;
  return null;
}
