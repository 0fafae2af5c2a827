// @vitest-environment jsdom
import { Suspense, useState, type ComponentType } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pageLoader } from '../../src/platform/page-loader';

/** A page with something typed into it, to see whether it is ever drawn afresh. */
function TypedPage() {
  const [text, setText] = useState('');
  return <input aria-label="Your message" value={text} onChange={(event) => setText(event.target.value)} />;
}

const inShell = (Page: ComponentType, extra?: string) => (
  <Suspense fallback={<p>Loading…</p>}>
    <Page />
    {extra ? <p>{extra}</p> : null}
  </Suspense>
);

describe('a page loaded on demand', () => {
  it('draws at once, with no loading page, when its code was preloaded (the first page of a visit)', async () => {
    let loads = 0;
    const { Page, preload } = pageLoader(async () => {
      loads++;
      return TypedPage;
    });
    await preload();
    await preload();
    render(inShell(Page));
    expect(screen.getByRole('textbox', { name: 'Your message' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(loads).toBe(1);
  });

  it('shows the loading page until its code arrives, and keeps what was typed when the shell draws again', async () => {
    let arrive: (page: typeof TypedPage) => void = () => undefined;
    const { Page } = pageLoader(() => new Promise((resolve) => (arrive = resolve)));
    const view = render(inShell(Page));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => arrive(TypedPage));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Your message' }), 'Rash on arm');
    // The code is here now: a page first drawn through the loader must not be swapped for a fresh one.
    view.rerender(inShell(Page, 'The shell drew again'));
    expect(screen.getByText('The shell drew again')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your message' })).toHaveValue('Rash on arm');
  });

  it('tries the download again after it failed', async () => {
    let attempts = 0;
    const { preload } = pageLoader(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return TypedPage;
    });
    await expect(preload()).rejects.toThrow('offline');
    await expect(preload()).resolves.toBe(TypedPage);
    expect(attempts).toBe(2);
  });
});
