import { useEffect, useRef } from 'react';
import type { SnippetOptions } from '../../platform/embed/snippets';

/**
 * The snippet as patients will see it: the real embed.js, given the same attributes.
 * The staff page is the app's own origin, which may always frame the app. embed.js adds
 * its elements after its script tag, inside a box React leaves alone.
 */
export function EmbedPreview({ options }: { options: SnippetOptions }) {
  const box = useRef<HTMLDivElement>(null);
  const { appOrigin, ods, journey, mode, title, label, phone } = options;

  useEffect(() => {
    const host = box.current;
    if (!host) return;
    const script = document.createElement('script');
    script.src = `${appOrigin}/embed.js`;
    script.async = true;
    Object.assign(script.dataset, { practice: ods, journey, mode, title: title ?? '', label: label ?? '', phone: phone ?? '' });
    host.append(script);
    return () => host.replaceChildren();
  }, [appOrigin, ods, journey, mode, title, label, phone]);

  return <div className="fd-embed-preview" data-testid="embed-preview" ref={box} />;
}
