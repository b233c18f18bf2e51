import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withFixedClientSize } from '../../../test/support/jsdomLayout';
import { SourceView } from './SourceView';
import { LineBackContext } from './useLineJump';

withFixedClientSize();

const SOURCE = [10, 11, 12, 13].map((line) => ({
  line,
  raw: `Nov 20 10:03:0${line - 10} web-7 kernel: message ${line}`,
  text: `message ${line}`,
}));

function clipboard() {
  const writeText = vi.fn(async () => {});
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return writeText;
}

describe('SourceView options', () => {
  it('strips the prefixes and wraps on request', () => {
    render(<SourceView source={SOURCE} highlight={null} />);
    const panel = screen.getByTestId('source');
    expect(panel).toHaveTextContent('web-7 kernel: message 10');
    fireEvent.click(screen.getByTestId('source-strip'));
    expect(panel).not.toHaveTextContent('web-7');
    expect(panel.querySelector('[data-line="10"] .src-text')).toHaveTextContent(/^message 10$/);
    fireEvent.click(screen.getByTestId('source-wrap'));
    expect(panel.querySelector('.source-scroll')).toHaveClass('source-wrap');
  });

  it('copies the lines selected by line number (shift-click for a range), as shown', async () => {
    const writeText = clipboard();
    render(<SourceView source={SOURCE} highlight={null} />);
    fireEvent.click(screen.getByTitle('Select line 11'));
    fireEvent.click(screen.getByTitle('Select line 13'), { shiftKey: true });
    expect(screen.getByTestId('source-copy')).toHaveTextContent('Copy 3 lines');
    fireEvent.click(screen.getByTestId('source-strip'));
    fireEvent.click(screen.getByTestId('source-copy'));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('message 11\nmessage 12\nmessage 13'));
    expect(await screen.findByText('Copied 3 lines.')).toBeInTheDocument();
  });

  it('without a selection copies the highlighted evidence', async () => {
    const writeText = clipboard();
    render(<SourceView source={SOURCE} highlight={12} marked={[10, 12]} />);
    fireEvent.click(screen.getByTestId('source-copy'));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(`${SOURCE[0].raw}\n${SOURCE[2].raw}`));
  });

  it('offers the way back after a jump', () => {
    const back = vi.fn();
    const { rerender } = render(<SourceView source={SOURCE} highlight={12} />);
    expect(screen.queryByTestId('source-back')).toBeNull();
    rerender(
      <LineBackContext.Provider value={{ line: 12, back }}>
        <SourceView source={SOURCE} highlight={12} />
      </LineBackContext.Provider>,
    );
    fireEvent.click(screen.getByTestId('source-back'));
    expect(back).toHaveBeenCalled();
  });
});
