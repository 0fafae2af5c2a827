import { describe, expect, it } from 'vitest';
import { embedScriptTag, plainIframeTag } from '../../../src/platform/embed/snippets';

const base = { appOrigin: 'https://frontdoor.example', ods: 'Y99001', journey: 'request' as const };

describe('embed snippets for the practice website', () => {
  it('makes the one script line with the practice, journey, mode, words and phone', () => {
    expect(embedScriptTag({ ...base, mode: 'inline', title: 'Online services from Riverside', label: 'Ask Riverside', phone: '01234 567890' })).toBe(
      '<script src="https://frontdoor.example/embed.js" data-practice="Y99001" data-journey="request" data-mode="inline"' +
        ' data-title="Online services from Riverside" data-label="Ask Riverside" data-phone="01234 567890" async></script>',
    );
  });

  it('leaves out the frame title for a button and empty words altogether', () => {
    const tag = embedScriptTag({ ...base, mode: 'button', title: 'unused', label: ' ' });
    expect(tag).not.toContain('data-title');
    expect(tag).not.toContain('data-label');
    expect(tag).toContain('data-mode="button"');
  });

  it('keeps a practice name with quotes and ampersands as text', () => {
    const tag = embedScriptTag({ ...base, mode: 'inline', title: 'Dr "Smith" & Partners <Surgery>' });
    expect(tag).toContain('data-title="Dr &quot;Smith&quot; &amp; Partners &lt;Surgery&gt;"');
  });

  it('makes a plain iframe for sites that strip scripts, marked as embedded, with a title', () => {
    expect(plainIframeTag({ ...base, mode: 'inline', title: "St Mary's & Co" })).toBe(
      '<iframe src="https://frontdoor.example/Y99001/request?embed=1" title="St Mary\'s &amp; Co" width="100%" height="900" style="border:0" loading="lazy"></iframe>',
    );
  });
});
