import { embedUrl, type EmbedJourney } from './protocol';

export type EmbedMode = 'inline' | 'button';
export const EMBED_MODES: readonly EmbedMode[] = ['inline', 'button'];

export interface SnippetOptions {
  appOrigin: string;
  ods: string;
  journey: EmbedJourney;
  mode: EmbedMode;
  /** The frame's accessible name, in the website's language (inline). */
  title?: string;
  /** The button's words, and the fallback link's (button and inline). */
  label?: string;
  /** The practice's phone number, shown if the frame cannot load. */
  phone?: string;
}

/** Practice names hold "&", quotes and apostrophes: escaped, they stay text in any CMS. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const attribute = (name: string, value: string | undefined) => (value?.trim() ? ` ${name}="${escapeAttribute(value.trim())}"` : '');

/** The one line a practice pastes into its website. */
export function embedScriptTag(options: SnippetOptions): string {
  const { appOrigin, ods, journey, mode } = options;
  return (
    `<script src="${escapeAttribute(appOrigin)}/embed.js" data-practice="${escapeAttribute(ods)}"` +
    ` data-journey="${journey}" data-mode="${mode}"` +
    attribute('data-title', mode === 'inline' ? options.title : undefined) +
    attribute('data-label', options.label) +
    attribute('data-phone', options.phone) +
    ' async></script>'
  );
}

/** Plain iframe height: most pages fit; a longer one scrolls inside the frame. */
export const PLAIN_IFRAME_HEIGHT = 900;

/** For sites that strip scripts: a fixed-height frame, no resizing, no fallback. */
export function plainIframeTag(options: SnippetOptions & { title: string }): string {
  const src = embedUrl(options.appOrigin, options.ods, options.journey, true);
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}"` +
    ` width="100%" height="${PLAIN_IFRAME_HEIGHT}" style="border:0" loading="lazy"></iframe>`
  );
}
