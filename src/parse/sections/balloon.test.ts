import { describe, expect, it } from 'vitest';
import { parseBalloon } from './balloon';

describe('parseBalloon', () => {
  it.each([
    ['hv_balloon: Balloon request will be partially fulfilled. Balloon floor reached.', 'hv_balloon', null],
    ["virtio_balloon virtio0: Out of puff! Can't get 1 pages", 'virtio_balloon', null],
    ['xen:balloon: Initialising balloon driver', 'xen_balloon', null],
    ['xen_balloon: Initialising balloon driver with page order 0', 'xen_balloon', null],
    ['vmw_balloon: vmballoon_init - balloon size 512 MB', 'vmw_balloon', 524288],
    ['hv_balloon: Max. dynamic memory size: 16384 MB', 'hv_balloon', 16777216],
  ])('%s', (text, driver, kb) => expect(parseBalloon(text, 3)).toEqual({ driver, kb, line: 3 }));

  it('refuses lines that name no balloon (a page count is no size without the page size)', () => {
    expect(parseBalloon('eth0: link up', 1)).toBeNull();
    expect(parseBalloon('ballooning is a word too', 1)).toBeNull();
  });
});
