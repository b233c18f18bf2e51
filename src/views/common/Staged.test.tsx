import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Retiring, Staged, StagingOn, useSettled } from './Staged';

/** Lets the staging queue give its turns (each in a macrotask) and React commit them. */
const turns = (n: number) =>
  act(async () => {
    for (let i = 0; i < n * 3; i++) await new Promise((r) => setTimeout(r, 0));
  });

const rendered: string[] = [];
function View({ name, data }: { name: string; data: string }) {
  rendered.push(`${name}:${data}`);
  return <p data-testid={name}>{data}</p>;
}

function Page({ data, retiring = false, note = '' }: { data: string; retiring?: boolean; note?: string }) {
  return (
    <StagingOn value={true}>
      <Retiring value={retiring}>
        {['a', 'b', 'c'].map((name) => (
          <Staged key={name} version={data}>
            <View name={name} data={`${data}${note}`} />
          </Staged>
        ))}
      </Retiring>
    </StagingOn>
  );
}

const shown = () => ['a', 'b', 'c'].map((n) => screen.queryByTestId(n)?.textContent ?? '-').join(' ');

describe('Staged', () => {
  it('mounts views one per turn, in order', async () => {
    rendered.length = 0;
    render(<Page data="x" />);
    expect(shown()).toBe('- - -');
    await turns(1);
    expect(rendered[0]).toBe('a:x');
    await turns(5);
    expect(shown()).toBe('x x x');
    expect(rendered.slice(0, 3)).toEqual(['a:x', 'b:x', 'c:x']);
  });

  it('keeps showing the old data (marked stale) until a view’s turn, and passes changes within a version at once', async () => {
    const { rerender } = render(<Page data="x" />);
    await turns(6);
    rerender(<Page data="y" />);
    expect(shown()).toBe('x x x');
    expect(document.querySelectorAll('[data-staged=stale]')).toHaveLength(3);
    await turns(6);
    expect(shown()).toBe('y y y');
    rerender(<Page data="y" note="!" />);
    expect(shown()).toBe('y! y! y!');
  });

  it('unmounts views one per turn when retiring', async () => {
    const { rerender } = render(<Page data="x" />);
    await turns(6);
    rerender(<Page data="x" retiring />);
    expect(shown()).toBe('x x x');
    await turns(6);
    expect(shown()).toBe('- - -');
    expect(document.querySelectorAll('[data-staged]')).toHaveLength(0);
  });

  it('renders at once outside the app (no staging)', () => {
    render(
      <Staged version={1}>
        <View name="a" data="now" />
      </Staged>,
    );
    expect(shown()).toBe('now - -');
  });

  it('settles a view in a turn after its first commit, after the views asked before it; at once outside the app', async () => {
    const seen: string[] = [];
    function Grid() {
      const settled = useSettled('rows');
      seen.push(settled ? 'all rows' : 'rows in view');
      return <p data-testid="grid">{settled ? 'all rows' : 'rows in view'}</p>;
    }
    render(
      <StagingOn value={true}>
        <Staged version="x">
          <View name="a" data="x" />
        </Staged>
        <Grid />
      </StagingOn>,
    );
    expect(screen.getByTestId('grid').textContent).toBe('rows in view');
    await turns(4);
    expect(screen.getByTestId('grid').textContent).toBe('all rows');
    expect(shown()).toBe('x - -');
    expect(seen).toEqual(['rows in view', 'all rows']);
    // Outside the app nothing waits.
    const { getAllByTestId } = render(<Grid />);
    expect(getAllByTestId('grid').at(-1)!.textContent).toBe('all rows');
  });
});
