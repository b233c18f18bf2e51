import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './serviceWorker';

function fakeNavigator(registrations: { unregister: () => Promise<boolean> }[] = []) {
  const register = vi.fn(() => Promise.resolve({}));
  const getRegistrations = vi.fn(() => Promise.resolve(registrations));
  vi.stubGlobal('navigator', { serviceWorker: { register, getRegistrations } });
  vi.stubGlobal('document', { readyState: 'complete' });
  return { register, getRegistrations };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('registerServiceWorker', () => {
  it('registers ./sw.js, scoped to the page’s directory, in the hosted build', () => {
    vi.stubEnv('DEV', false);
    vi.stubEnv('MODE', 'production');
    vi.stubGlobal('location', { protocol: 'https:' });
    const { register } = fakeNavigator();
    registerServiceWorker();
    expect(register).toHaveBeenCalledWith('./sw.js', { scope: './' });
  });

  it('never registers on the dev server, and removes a worker left behind there', async () => {
    vi.stubEnv('DEV', true);
    vi.stubGlobal('location', { protocol: 'http:' });
    const stale = { unregister: vi.fn(() => Promise.resolve(true)) };
    const { register } = fakeNavigator([stale]);
    registerServiceWorker();
    await vi.waitFor(() => expect(stale.unregister).toHaveBeenCalled());
    expect(register).not.toHaveBeenCalled();
  });

  it('never registers in the offline single file, nor from file://', () => {
    vi.stubEnv('DEV', false);
    vi.stubEnv('MODE', 'offline');
    vi.stubGlobal('location', { protocol: 'https:' });
    const { register } = fakeNavigator();
    registerServiceWorker();
    vi.stubEnv('MODE', 'production');
    vi.stubGlobal('location', { protocol: 'file:' });
    registerServiceWorker();
    expect(register).not.toHaveBeenCalled();
  });
});
