import { isAllowedOrigin, readHostMessage, toWire, type AppMessage } from './protocol';

export interface HostBridgeOptions {
  /** The window that frames the app (window.parent). */
  parent: Pick<Window, 'postMessage'>;
  /** Where messages arrive (window). */
  self: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The practice's allowed origins, read when a hello arrives (settings load late). */
  allowedOrigins: () => readonly string[];
  /** The height the frame needs to show the whole page, in CSS pixels. */
  measure: () => number;
}

export interface HostBridge {
  /** Re-measures and tells the host when the height changed. */
  sendHeight: () => void;
  /** Tells the host the patient moved to another page. */
  sendNavigated: () => void;
  /** The host origin the app talks to, once a hello from an allowed origin arrived. */
  hostOrigin: () => string | null;
  stop: () => void;
}

/**
 * The app's side of the embed protocol. It says nothing until the framing page says
 * hello from an origin on the practice's allow-list; from then on it posts only to that
 * exact origin. Messages from any other window or origin, or of any other shape, are
 * ignored, so a third site can neither start the bridge nor redirect it.
 */
export function startHostBridge({ parent, self, allowedOrigins, measure }: HostBridgeOptions): HostBridge {
  let hostOrigin: string | null = null;
  let lastHeight = 0;

  const post = (message: AppMessage) => {
    if (hostOrigin) parent.postMessage(toWire(message), hostOrigin);
  };

  const sendHeight = () => {
    const height = Math.ceil(measure());
    if (!hostOrigin || height === lastHeight) return;
    lastHeight = height;
    post({ type: 'height', height });
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (!readHostMessage(event.data)) return;
    if (!isAllowedOrigin(event.origin, allowedOrigins())) return;
    // A hello from another allowed origin (the host page navigated) re-targets the bridge.
    hostOrigin = event.origin;
    lastHeight = 0;
    post({ type: 'ready' });
    sendHeight();
  };

  self.addEventListener('message', onMessage as EventListener);
  return {
    sendHeight,
    sendNavigated: () => post({ type: 'navigated' }),
    hostOrigin: () => hostOrigin,
    stop: () => self.removeEventListener('message', onMessage as EventListener),
  };
}
