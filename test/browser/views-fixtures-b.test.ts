/** Half B of the every-fixture browser test (fixturePages.ts): the fixtures at odd positions. */
import { it } from 'vitest';
import { fixtureHalf, renderFixtures } from './fixturePages';

it('renders each event of each fixture without a console error', { timeout: 300_000 }, () =>
  renderFixtures(fixtureHalf(1)),
);
