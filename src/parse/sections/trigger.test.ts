import { describe, expect, it } from 'vitest';
import { parseTrigger } from './trigger';

describe('parseTrigger', () => {
  it('reads the 3.x / RHEL7 header without names (3.13 Ubuntu)', () => {
    expect(parseTrigger('nginx invoked oom-killer: gfp_mask=0x200da, order=0, oom_score_adj=0', 7)).toEqual({
      comm: 'nginx',
      pid: null,
      gfpMask: '0x200da',
      gfpPrinted: null,
      order: 0,
      oomScoreAdj: 0,
      oomAdj: null,
      nodemask: null,
      line: 7,
    });
  });

  it('reads 4.6+ names in parentheses (6.1 Arch)', () => {
    const t = parseTrigger(
      'doxygen invoked oom-killer: gfp_mask=0x140dca(GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_ZERO), order=0, oom_score_adj=0',
      1,
    );
    expect(t?.gfpMask).toBe('0x140dca');
    expect(t?.gfpPrinted).toBe('GFP_HIGHUSER_MOVABLE|__GFP_COMP|__GFP_ZERO');
  });

  it('keeps leftover hex in the names verbatim', () => {
    const t = parseTrigger(
      'java invoked oom-killer: gfp_mask=0x1100cca(GFP_KERNEL|0x100000), order=0, oom_score_adj=0',
      1,
    );
    expect(t?.gfpPrinted).toBe('GFP_KERNEL|0x100000');
  });

  it('gives "" for the empty names of a SysRq OOM and reads order=-1 (5.13)', () => {
    const t = parseTrigger('kworker/0:2 invoked oom-killer: gfp_mask=0x0(), order=-1, oom_score_adj=0', 1);
    expect(t).toMatchObject({ comm: 'kworker/0:2', gfpMask: '0x0', gfpPrinted: '', order: -1 });
  });

  it('lower-cases the hex mask', () => {
    expect(parseTrigger('a invoked oom-killer: gfp_mask=0x201DA, order=0, oom_score_adj=0', 1)?.gfpMask).toBe(
      '0x201da',
    );
  });

  it('reads nodemask=(null) on 4.15–4.20 / RHEL8', () => {
    const t = parseTrigger(
      'leaker invoked oom-killer: gfp_mask=0x6200ca(GFP_HIGHUSER_MOVABLE), nodemask=(null), order=0, oom_score_adj=0',
      3,
    );
    expect(t).toMatchObject({ nodemask: '(null)', order: 0, oomScoreAdj: 0, gfpPrinted: 'GFP_HIGHUSER_MOVABLE' });
  });

  it('tolerates the 4.11–4.14 double space before order and keeps a comma nodemask list whole', () => {
    const t = parseTrigger(
      'stress invoked oom-killer: gfp_mask=0x14280ca(GFP_HIGHUSER_MOVABLE|__GFP_ZERO), nodemask=0,2-3,  order=2, oom_score_adj=-17',
      1,
    );
    expect(t).toMatchObject({ nodemask: '0,2-3', order: 2, oomScoreAdj: -17 });
  });

  it('reads RHEL6 oom_adj plus oom_score_adj', () => {
    const t = parseTrigger('mysqld invoked oom-killer: gfp_mask=0x201da, order=0, oom_adj=0, oom_score_adj=0', 1);
    expect(t).toMatchObject({ oomAdj: 0, oomScoreAdj: 0 });
  });

  it('reads 2.6.32 oom_adj alone and 2.6.2x oomkilladj', () => {
    expect(parseTrigger('mysqld invoked oom-killer: gfp_mask=0x201da, order=0, oom_adj=-17', 1)).toMatchObject({
      oomAdj: -17,
      oomScoreAdj: null,
    });
    expect(parseTrigger('df_inode invoked oom-killer: gfp_mask=0x40d0, order=1, oomkilladj=0', 1)).toMatchObject({
      oomAdj: 0,
      order: 1,
      gfpMask: '0x40d0',
    });
  });

  it('reads the old header without a comm', () => {
    expect(parseTrigger('oom-killer: gfp_mask=0xd0, order=0', 1)).toMatchObject({
      comm: null,
      gfpMask: '0xd0',
      order: 0,
      oomScoreAdj: null,
    });
  });

  it('accepts order= before gfp_mask=', () => {
    expect(parseTrigger('oom-killer: order=0, gfp_mask=0x201d2', 1)).toMatchObject({
      comm: null,
      order: 0,
      gfpMask: '0x201d2',
    });
    expect(parseTrigger('cc1 invoked oom-killer: order=3, gfp_mask=0x4d0, oom_score_adj=0', 1)).toMatchObject({
      order: 3,
      gfpMask: '0x4d0',
    });
  });

  it('keeps a comm with spaces', () => {
    expect(
      parseTrigger('VM Monitoring Task invoked oom-killer: gfp_mask=0x201da, order=0, oom_score_adj=0', 1)?.comm,
    ).toBe('VM Monitoring Task');
  });

  it('keeps what it can from a line cut inside the names', () => {
    const t = parseTrigger('php-fpm invoked oom-killer: gfp_mask=0x1100cca(GFP_HIGHUSER_MOV', 1);
    expect(t).toMatchObject({ comm: 'php-fpm', gfpMask: '0x1100cca', gfpPrinted: null, order: null });
  });

  it('ignores a trailing space and a leading indent', () => {
    expect(parseTrigger(' leaker invoked oom-killer: gfp_mask=0x50, order=0, oom_score_adj=0 ', 1)?.comm).toBe(
      'leaker',
    );
  });

  it('rejects lines that only mention the OOM killer', () => {
    expect(parseTrigger('Out of memory: Kill process 10366 (nginx) score 6 or sacrifice child', 1)).toBeNull();
    expect(parseTrigger('the oom-killer: ran twice today', 1)).toBeNull();
    expect(parseTrigger('oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),task=x,pid=1,uid=0', 1)).toBeNull();
    expect(parseTrigger('', 1)).toBeNull();
  });
});
