/**
 * embed.js: what a practice pastes into its website (README "Embed on your practice
 * website"). No framework and no app code: it runs on someone else's page, so it adds
 * one global (window.FrontDoorEmbed), no <style>, and only the elements it shows.
 *
 *   <script src="https://<front-door-host>/embed.js" data-practice="Y99001"
 *     data-journey="home|request|appointments|nhs-app|referral" data-mode="inline|button"
 *     data-title="…" data-label="…" data-phone="01234 567890" async></script>
 */
import { embedUrl, isEmbedJourney, readAppMessage, toWire, type EmbedJourney } from '../platform/embed/protocol';
import { ODS_CODE_PATTERN } from '../domain/practice/ods-code';

interface Embed {
  frame: HTMLIFrameElement;
  appOrigin: string;
  fallback: HTMLElement;
  ready: boolean;
  timer?: number;
  hello?: number;
}

interface FrontDoorEmbed {
  version: 1;
  /** Mounts every embed tag on the page not mounted yet (for CMSs that add tags late). */
  scan: () => void;
}

declare global {
  interface Window {
    FrontDoorEmbed?: FrontDoorEmbed;
  }
}

/** Without a "ready" from the app by then, the frame is blocked, offline or broken. */
const DEFAULT_TIMEOUT_SECONDS = 10;
const HELLO_EVERY_MS = 500;
const GIVE_UP_MS = 60_000;

// embed.js cannot know the host page's language: practices pass their own words in
// data-title and data-label; these English defaults name the practice code.
const LABELS: Record<EmbedJourney, string> = {
  home: 'Contact your GP practice online',
  request: 'Ask your GP practice for help online',
  appointments: 'Book an appointment with your GP practice',
  'nhs-app': 'Get help with the NHS App',
  referral: 'Manage your hospital referral',
};

const embeds: Embed[] = [];
const mounted = new WeakSet<Element>();

function element<K extends keyof HTMLElementTagNameMap>(tag: K, style: Partial<CSSStyleDeclaration> = {}) {
  const node = document.createElement(tag);
  Object.assign(node.style, style);
  return node;
}

/** A link out of the host page, in a new tab so the practice's site stays open. */
function newTabLink(url: string, text: string, style: Partial<CSSStyleDeclaration> = {}) {
  const link = element('a', style);
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = text;
  return link;
}

function fallbackFor(script: HTMLScriptElement, url: string, label: string) {
  const box = element('p', { display: 'none' });
  box.append(newTabLink(url, `${label} (opens in a new tab)`));
  const phone = script.dataset.phone?.trim();
  if (phone) {
    const call = element('a');
    call.href = `tel:${phone.replace(/[^0-9+]/g, '')}`;
    call.textContent = phone;
    box.append('. Or call the practice on ', call, '.');
  }
  return box;
}

function showFrame(embed: Embed, shown: boolean) {
  embed.frame.style.display = shown ? 'block' : 'none';
  embed.fallback.style.display = shown ? 'none' : 'block';
}

/**
 * Says hello until the app answers (its listener may start after the frame's load
 * event). No answer in time: the patient gets the link and phone number, and the frame
 * comes back if the app answers later, on a slow line. After a minute it stops asking.
 */
function greet(embed: Embed, seconds: number) {
  embed.ready = false;
  clearInterval(embed.hello);
  clearTimeout(embed.timer);
  const started = Date.now();
  const post = () => {
    if (Date.now() - started > GIVE_UP_MS) clearInterval(embed.hello);
    embed.frame.contentWindow?.postMessage(toWire({ type: 'hello' }), embed.appOrigin);
  };
  post();
  embed.hello = window.setInterval(post, HELLO_EVERY_MS);
  embed.timer = window.setTimeout(() => embed.ready || showFrame(embed, false), seconds * 1000);
}

function mount(script: HTMLScriptElement) {
  mounted.add(script);
  const ods = (script.dataset.practice ?? '').trim().toUpperCase();
  const journey = script.dataset.journey ?? 'home';
  let appOrigin = '';
  try {
    appOrigin = new URL(script.src).origin;
  } catch {
    // no usable src: nothing to embed
  }
  if (!ODS_CODE_PATTERN.test(ods) || !isEmbedJourney(journey) || !/^https?:/.test(appOrigin)) {
    console.warn('Front Door embed: check data-practice (an ODS code) and data-journey on', script);
    return;
  }
  const label = script.dataset.label?.trim() || LABELS[journey];
  const box = element('div', { margin: '0 0 16px' });
  box.dataset.frontDoorEmbed = ods;

  if (script.dataset.mode === 'button') {
    // NHS.UK's green button, set through element.style so nothing leaks into the page.
    const button = newTabLink(embedUrl(appOrigin, ods, journey, false), `${label} (opens in a new tab)`, {
      display: 'inline-block',
      padding: '12px 16px',
      background: '#007f3b',
      color: '#fff',
      fontWeight: '600',
      textDecoration: 'none',
      borderRadius: '4px',
      boxShadow: '0 4px 0 #00401e',
    });
    box.append(button);
  } else {
    const frame = element('iframe', { display: 'block', width: '100%', height: '480px', border: '0' });
    frame.title = script.dataset.title?.trim() || `Front Door: online services for GP practice ${ods}`;
    frame.src = embedUrl(appOrigin, ods, journey, true);
    const embed: Embed = { frame, appOrigin, fallback: fallbackFor(script, embedUrl(appOrigin, ods, journey, false), label), ready: false };
    const seconds = Number(script.dataset.timeout) || DEFAULT_TIMEOUT_SECONDS;
    frame.addEventListener('load', () => greet(embed, seconds));
    greet(embed, seconds); // a frame that never loads (a dead network) counts too
    box.append(frame, embed.fallback);
    embeds.push(embed);
  }
  if (script.closest('body')) script.after(box);
  else document.body.append(box);
}

function onMessage(event: MessageEvent) {
  const embed = embeds.find((e) => e.frame.contentWindow === event.source);
  if (!embed || event.origin !== embed.appOrigin) return;
  const message = readAppMessage(event.data);
  if (!message) return;
  if (message.type === 'ready') {
    embed.ready = true;
    clearInterval(embed.hello);
    clearTimeout(embed.timer);
    showFrame(embed, true);
  } else if (message.type === 'height') {
    embed.frame.style.height = `${message.height}px`;
  } else if (embed.frame.getBoundingClientRect().top < 0) {
    embed.frame.scrollIntoView();
  }
}

function scan() {
  const start = () => {
    for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-practice][src]')) {
      if (!mounted.has(script) && /\/embed\.js(\?|#|$)/.test(script.src)) mount(script);
    }
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}

// Each copy of the tag runs this file again: the first run sets up, later ones rescan.
if (!window.FrontDoorEmbed) {
  window.FrontDoorEmbed = { version: 1, scan };
  window.addEventListener('message', onMessage);
}
window.FrontDoorEmbed.scan();
