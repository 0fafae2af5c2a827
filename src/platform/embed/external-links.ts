/**
 * In a frame, a link to another site (111.nhs.uk, NHS.UK, the app stores) would open
 * inside the practice's website, squeezed and often refused by that site's own
 * frame-ancestors. One listener opens them in a new tab instead, so no feature has to
 * know it may be framed. tel: and mailto: links leave the page by themselves.
 */
export function openOtherSitesInNewTab(doc: Document = document): () => void {
  const onClick = (event: MouseEvent) => {
    const target = event.target;
    const link = target instanceof Element ? target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    let url: URL;
    try {
      url = new URL(link.href, doc.baseURI);
    } catch {
      return;
    }
    if (!/^https?:$/.test(url.protocol) || url.origin === doc.location.origin) return;
    if (!link.target || link.target === '_self' || link.target === '_parent') link.target = '_blank';
    const rel = new Set(link.rel.split(/\s+/).filter(Boolean));
    rel.add('noopener');
    link.rel = [...rel].join(' ');
  };
  // Capture, so the link is changed before any handler or the browser acts on the click.
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}
