import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Disclosure } from './Disclosure';

function printMedia(matches: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: matches && query === 'print',
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

afterEach(() => vi.unstubAllGlobals());

describe('Disclosure', () => {
  const page = () =>
    render(
      <Disclosure summary="3 notes">
        <ul data-testid="notes">
          <li>one</li>
        </ul>
      </Disclosure>,
    );

  it('draws its content only while open', () => {
    printMedia(false);
    const { container } = page();
    const details = container.querySelector('details')!;
    expect(screen.getByText('3 notes')).toBeTruthy();
    expect(screen.queryByTestId('notes')).toBeNull();
    act(() => {
      details.open = true;
      fireEvent(details, new Event('toggle'));
    });
    expect(screen.getByTestId('notes').textContent).toBe('one');
    act(() => {
      details.open = false;
      fireEvent(details, new Event('toggle'));
    });
    expect(screen.queryByTestId('notes')).toBeNull();
  });

  it('draws it closed when the page is printed (closed disclosures print open)', () => {
    printMedia(true);
    page();
    expect(screen.getByTestId('notes').textContent).toBe('one');
  });
});
