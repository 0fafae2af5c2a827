import { describe, expect, it } from 'vitest';
import { startHostBridge } from '../../../src/platform/embed/host-bridge';
import { EMBED_PROTOCOL, toWire } from '../../../src/platform/embed/protocol';

const HOST = 'http://127.0.0.1:4180';

/** A fake framing window that records what the app posts to it, and to which origin. */
function setUp(allowed: string[] = [HOST]) {
  const posted: { message: unknown; origin: string }[] = [];
  const parent = { postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) } as unknown as Window;
  const self = new EventTarget() as unknown as Window;
  let height = 640;
  const bridge = startHostBridge({ parent, self, allowedOrigins: () => allowed, measure: () => height });
  // Node's MessageEvent takes only a MessagePort as source: a plain event carries a window.
  const receive = (data: unknown, origin: string, source: unknown = parent) =>
    self.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));
  return { posted, bridge, receive, setHeight: (h: number) => (height = h) };
}

describe('the app side of embedding', () => {
  it('says nothing until an allowed host says hello', () => {
    const { posted, bridge } = setUp();
    bridge.sendHeight();
    bridge.sendNavigated();
    expect(posted).toEqual([]);
  });

  it('answers an allowed hello with ready and its height, to that exact origin only', () => {
    const { posted, receive } = setUp();
    receive(toWire({ type: 'hello' }), HOST);
    expect(posted).toEqual([
      { message: { protocol: EMBED_PROTOCOL, type: 'ready' }, origin: HOST },
      { message: { protocol: EMBED_PROTOCOL, type: 'height', height: 640 }, origin: HOST },
    ]);
    expect(posted.every((p) => p.origin !== '*')).toBe(true);
  });

  it('ignores a hello from an origin not on the allow-list', () => {
    const { posted, bridge, receive } = setUp();
    receive(toWire({ type: 'hello' }), 'http://127.0.0.1:4181');
    bridge.sendHeight();
    expect(posted).toEqual([]);
    expect(bridge.hostOrigin()).toBeNull();
  });

  it('ignores a hello from a window that is not its parent, even from an allowed origin', () => {
    const { posted, receive } = setUp();
    receive(toWire({ type: 'hello' }), HOST, new EventTarget());
    expect(posted).toEqual([]);
  });

  it('ignores messages of any other shape from the allowed host', () => {
    const { posted, receive } = setUp();
    for (const data of ['hello', { type: 'hello' }, { protocol: EMBED_PROTOCOL, type: 'navigate', to: '/evil' }]) receive(data, HOST);
    expect(posted).toEqual([]);
  });

  it('a third origin cannot re-target a running bridge', () => {
    const { posted, bridge, receive, setHeight } = setUp();
    receive(toWire({ type: 'hello' }), HOST);
    receive(toWire({ type: 'hello' }), 'http://127.0.0.1:4182');
    setHeight(900);
    bridge.sendHeight();
    expect(bridge.hostOrigin()).toBe(HOST);
    expect(posted.map((p) => p.origin)).toEqual([HOST, HOST, HOST]);
  });

  it('sends a height only when it changed, and page changes once connected', () => {
    const { posted, bridge, receive, setHeight } = setUp();
    receive(toWire({ type: 'hello' }), HOST);
    posted.length = 0;
    bridge.sendHeight();
    setHeight(1200.2);
    bridge.sendHeight();
    bridge.sendNavigated();
    expect(posted.map((p) => p.message)).toEqual([
      { protocol: EMBED_PROTOCOL, type: 'height', height: 1201 },
      { protocol: EMBED_PROTOCOL, type: 'navigated' },
    ]);
  });

  it('reads the allow-list when the hello arrives, so settings that load late still count', () => {
    const allowed: string[] = [];
    const { posted, receive } = setUp(allowed);
    receive(toWire({ type: 'hello' }), HOST);
    expect(posted).toEqual([]);
    allowed.push(HOST);
    receive(toWire({ type: 'hello' }), HOST);
    expect(posted[0]?.message).toEqual({ protocol: EMBED_PROTOCOL, type: 'ready' });
  });
});
