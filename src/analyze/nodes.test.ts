import { describe, expect, it } from 'vitest';
import { allowedNodes, parseNodeList } from './nodes';
import { makeEvent, makeTrigger } from '../../test/support/model';
import { makeConstraint } from '../../test/support/model';

describe('parseNodeList', () => {
  it('reads single nodes, ranges and lists', () => {
    expect(parseNodeList('0')).toEqual([0]);
    expect(parseNodeList('0-1')).toEqual([0, 1]);
    expect(parseNodeList('0,2-3')).toEqual([0, 2, 3]);
  });
  it('treats (null), empty and garbage as "no list"', () => {
    expect(parseNodeList('(null)')).toBeNull();
    expect(parseNodeList('')).toBeNull();
    expect(parseNodeList(null)).toBeNull();
    expect(parseNodeList('abc')).toBeNull();
    expect(parseNodeList('3-1')).toBeNull();
  });
});

describe('allowedNodes', () => {
  it('uses the cpuset mems_allowed of the 2.6–4.20 cpuset line', () => {
    const e = makeEvent({ cpuset: { name: '/', memsAllowed: '0-1', line: 2 } });
    expect(allowedNodes(e)).toMatchObject({ nodes: [0, 1], lines: [2] });
  });
  it('intersects the header nodemask with mems_allowed', () => {
    const e = makeEvent({
      trigger: makeTrigger({ nodemask: '1', line: 1 }),
      cpuset: { name: '/', memsAllowed: '0-1', line: 2 },
    });
    expect(allowedNodes(e)).toMatchObject({ nodes: [1], lines: [1, 2] });
  });
  it('ignores a (null) nodemask', () => {
    const e = makeEvent({ trigger: makeTrigger({ nodemask: '(null)' }) });
    expect(allowedNodes(e).nodes).toBeNull();
  });
  it('reads the 5.0+ constraint line', () => {
    const e = makeEvent({
      constraint: makeConstraint({ line: 80 }),
    });
    expect(allowedNodes(e)).toMatchObject({ nodes: [0], lines: [80] });
  });
});
