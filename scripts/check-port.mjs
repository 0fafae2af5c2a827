// Before `npm start` builds anything: is the port free? One plain line if not (issue 16).
import { createServer } from 'node:net';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);

const probe = createServer();
probe.once('error', (error) => {
  const message =
    error.code === 'EADDRINUSE'
      ? `Port ${port} on ${host} is already in use. Stop what is using it, or start on another port: PORT=4180 npm start`
      : error.code === 'EACCES'
        ? `Not allowed to listen on port ${port} on ${host}. Choose a port above 1024: PORT=4173 npm start`
        : `Cannot listen on ${host}:${port}: ${error.message}`;
  console.error(message);
  process.exit(1);
});
probe.listen(port, host, () => probe.close());
