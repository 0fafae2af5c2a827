import { Fragment, type ReactNode } from 'react';

const TAG = /<(\w+)>(.*?)<\/\1>/g;

/**
 * Renders a translated sentence whose parts are links, written in the catalogue as
 * `call <call999>999</call999>`, so translators keep the whole sentence and its order.
 * Text is only ever text: nothing in a catalogue becomes HTML.
 */
export function LinkedText({ text, links }: { text: string; links: Record<string, (inner: string) => ReactNode> }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const [whole, name = '', inner = ''] = match;
    parts.push(text.slice(last, match.index));
    const render = links[name];
    parts.push(<Fragment key={match.index}>{render ? render(inner) : inner}</Fragment>);
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
