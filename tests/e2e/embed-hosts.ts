import { createServer, type Server } from 'node:http';

/**
 * Practice websites for the embed tests, each on its own origin beside the app:
 * 4180 is on Riverside's (Y99001) allow-list, 4181 is not, and 4182 is a third site
 * whose widget sits on the practice's page and posts messages it should not.
 */
export const ALLOWED_HOST = 'http://127.0.0.1:4180';
export const OTHER_HOST = 'http://127.0.0.1:4181';
export const THIRD_PARTY = 'http://127.0.0.1:4182';

const page = (title: string, body: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title></head>
<body>
<script>window.globalsBefore = Object.keys(window);</script>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;

const embed = (app: string, attributes: string) => `<script src="${app}/embed.js" ${attributes} async></script>`;

/** The pages each host serves, by path. */
function pages(app: string): Record<string, string> {
  const phone = 'data-phone="01632 960001"';
  const home = page(
    'Riverside Medical Practice website',
    `<p>Welcome to our practice.</p>
${embed(app, `data-practice="Y99001" data-journey="home" data-mode="inline" ${phone}`)}
<h2>Or ask for help in a new tab</h2>
${embed(app, `data-practice="Y99001" data-journey="request" data-mode="button" ${phone}`)}`,
  );
  return {
    '/home': home,
    '/blocked': page(
      'Riverside Medical Practice website',
      `<p>Welcome.</p>\n${embed(app, `data-practice="Y99001" data-journey="home" data-mode="inline" data-timeout="3" ${phone}`)}`,
    ),
    '/request': page('Ask Riverside for help', embed(app, `data-practice="Y99001" data-journey="request" data-mode="inline" ${phone}`)),
    '/with-widget': page(
      'Riverside Medical Practice website',
      `${embed(app, `data-practice="Y99001" data-journey="home" data-mode="inline" ${phone}`)}
<iframe src="${THIRD_PARTY}/widget" title="Local weather" style="border:0;height:60px;width:100%"></iframe>`,
    ),
    // The third party's widget records every message that reaches it.
    '/widget': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head>
<body><p>Sunny</p><script>window.received = []; addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));</script></body></html>`,
  };
}

/** Starts the three host sites; returns a function that stops them. */
export async function startHostSites(app: string): Promise<() => Promise<void>> {
  const served = pages(app);
  const servers: Server[] = [];
  for (const origin of [ALLOWED_HOST, OTHER_HOST, THIRD_PARTY]) {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', origin);
      // /paste?html=…: a page with whatever a practice pasted (test servers only).
      const pasted = url.pathname === '/paste' ? page('Pasted snippet', url.searchParams.get('html') ?? '') : undefined;
      const body = pasted ?? served[url.pathname];
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(body ?? 'Not found');
    });
    const { port, hostname } = new URL(origin);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(Number(port), hostname, resolve);
    });
    servers.push(server);
  }
  return async () => {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  };
}
