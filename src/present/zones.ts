/** A zone's watermark check in words: its verdict and its arithmetic, in the kernel's exact kB. */
import type { ZoneCheck } from '../analyze/types';
import type { Zone } from '../parse/model';
import type { Translate } from './i18n';
import { formatParams } from './params';

export type VerdictClass = 'ok' | 'fail' | 'neutral';

const VERDICT: Record<ZoneCheck['state'], [key: string, cls: VerdictClass]> = {
  passes: ['passes', 'ok'],
  below: ['below', 'fail'],
  'no-block': ['noBlock', 'fail'],
  fenced: ['fenced', 'neutral'],
  unusable: ['unusable', 'neutral'],
  empty: ['empty', 'neutral'],
};

export function zoneVerdict(t: Translate, check: ZoneCheck | null): { text: string; cls: VerdictClass } {
  if (!check) return { text: t('zones.verdict.notChecked'), cls: 'neutral' };
  const [key, cls] = VERDICT[check.state];
  return { text: t(`zones.verdict.${key}`), cls };
}

export function zoneArithmetic(t: Translate, check: ZoneCheck, zone: Zone | null = null): string {
  return t(
    'zones.arithmetic',
    formatParams(
      {
        freeKb: check.freeKb,
        highatomicKb: check.highatomicKb,
        cmaKb: check.cmaKb,
        requestKb: check.requestKb,
        leftKb: check.leftKb,
        passes: check.leftKb >= check.needKb ? 1 : 0,
        watermark: check.watermark,
        markKb: check.markKb,
        reserveColumn: check.reserveColumn,
        reserveKb: check.reserveKb,
        needKb: check.needKb,
        boostKb: zone?.boostKb ?? null,
      },
      { exactKb: true },
    ),
  );
}

export function zoneDescription(t: Translate, zone: Zone, check: ZoneCheck | null): string {
  return t(
    'zones.describe',
    formatParams(
      {
        node: zone.node,
        zone: zone.zone,
        freeKb: zone.freeKb,
        minKb: zone.minKb,
        lowKb: zone.lowKb,
        highKb: zone.highKb,
        reserveKb: check ? check.reserveKb : null,
        verdict: zoneVerdict(t, check).text,
      },
      { exactKb: true },
    ),
  );
}
