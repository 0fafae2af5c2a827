import { useEffect, useRef } from 'react';
import { useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ODS_CODE_PATTERN, practiceQuery } from '../practice/practice-query';
import { embeddingPractice } from './framing';
import { startHostBridge, type HostBridge } from './host-bridge';

/** The height of the whole page: #root's bottom edge, as the frame must show it all. */
function pageHeight(): number {
  const root = document.getElementById('root');
  return root ? root.getBoundingClientRect().bottom + window.scrollY : document.body.scrollHeight;
}

/**
 * Runs the app's side of embedding (used once, by the layout): links to other sites open
 * in a new tab, and the height, "ready" and page changes go to the practice's website
 * once it proved its origin is on the practice's allow-list.
 */
export function useEmbedBridge(embedded: boolean) {
  const { ods: odsInPath } = useParams();
  const ods = odsInPath && ODS_CODE_PATTERN.test(odsInPath) ? odsInPath : (embeddingPractice() ?? '');
  const practice = useQuery({ ...practiceQuery(ods), enabled: embedded && ODS_CODE_PATTERN.test(ods) });
  const allowed = useRef<readonly string[]>([]);
  const allowedOrigins = practice.data?.embed.allowedOrigins;
  useEffect(() => {
    allowed.current = allowedOrigins ?? [];
  }, [allowedOrigins]);
  const bridge = useRef<HostBridge | null>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    if (!embedded || window.parent === window) return;
    const started = startHostBridge({
      parent: window.parent,
      self: window,
      // The app's own origin may frame it too (frame-ancestors 'self'): the staff page's preview.
      allowedOrigins: () => [window.location.origin, ...allowed.current],
      measure: pageHeight,
    });
    bridge.current = started;
    const root = document.getElementById('root');
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => started.sendHeight()) : null;
    if (root) observer?.observe(root);
    return () => {
      observer?.disconnect();
      started.stop();
      bridge.current = null;
    };
  }, [embedded]);

  useEffect(() => {
    bridge.current?.sendNavigated();
  }, [pathname]);
}
