/**
 * The harness's hooks, registered for every browser test file (setupFiles in vitest.browser.config.ts): the
 * files of a worker share one module graph (isolate: false), so hooks registered when harness.ts is first
 * imported would run for that first file only. Here they run for each.
 */
import { afterAll, afterEach, beforeEach } from 'vitest';
import { fileEnds, testEnds, testStarts } from './harness';

beforeEach(testStarts);
afterEach(testEnds);
afterAll(fileEnds);
