import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

/** A job page with JSON-LD, as a board serves it. */
export const JOB_PAGE = `<!doctype html><html><head><title>Staff Engineer - Quillmate | Indeed.com</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Sr. Staff Engineer",
"hiringOrganization":{"@type":"Organization","name":"Quillmate"},"jobLocation":{"@type":"Place","address":{"addressLocality":"Ghent","addressCountry":"BE"}},
"employmentType":"FULL_TIME","description":"<p>Build the editor.</p>"}</script></head><body><h1>Sr. Staff Engineer</h1></body></html>`;

/** One request as the server saw it. */
export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface PostingServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Every request received, in order. */
  seen: SeenRequest[];
  close(): Promise<void>;
}

const html = (response: http.ServerResponse, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
  response.end(body);
};
const redirect = (response: http.ServerResponse, location: string, headers: http.OutgoingHttpHeaders = {}) => {
  response.writeHead(302, { location, ...headers });
  response.end();
};

/**
 * A local web server in the test process, serving every case the fetch guard must handle: a page, pages
 * in other shapes, redirects (relative, chained, to private addresses), a page too large, one too slow,
 * something that is not HTML, an error. The API reaches it only because the suite allows loopback.
 */
export async function startPostingServer(): Promise<PostingServer> {
  const seen: SeenRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://posting.test');
    seen.push({ path: url.pathname + url.search, headers: request.headers });
    const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
    if (chain) {
      const left = Number(chain[1]);
      return left === 0 ? html(response, JOB_PAGE) : redirect(response, `/chain/${left - 1}`);
    }
    switch (url.pathname) {
      case '/job':
        return html(response, JOB_PAGE);
      case '/gzip':
        return html(response, zlib.gzipSync(JOB_PAGE), { 'content-encoding': 'gzip' });
      case '/latin1':
        response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
        return response.end(Buffer.from('<title>Ingénieur Données - Brasserie Lumière | LinkedIn</title><h1>Ingénieur Données</h1>', 'latin1'));
      case '/headings':
        return html(response, '<title>Platform Engineer - Quillmate | Indeed.com</title><h1>Platform Engineer</h1>');
      case '/nothing':
        return html(response, '<html><body><div></div></body></html>');
      case '/relative':
        return redirect(response, '/job');
      case '/set-cookie':
        return redirect(response, '/echo', { 'set-cookie': 'tracker=abc123; Path=/' });
      case '/echo':
        return html(response, `<title>${request.headers.cookie ? 'Cookie sent' : 'No cookie'}</title>`);
      case '/to-private':
        return redirect(response, 'http://10.0.0.7/admin');
      case '/to-metadata':
        return redirect(response, 'http://169.254.169.254/latest/meta-data/');
      case '/to-file':
        return redirect(response, 'file:///etc/passwd');
      case '/big': {
        // Streamed without a length, so only counting the bytes can stop it.
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
        for (let sent = 0; sent < 3_000_000; sent += chunk.length) response.write(chunk);
        return response.end();
      }
      case '/big-declared':
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000000' });
        return response.end();
      case '/gzip-bomb':
        // 50 kB on the wire, 10 MB once decompressed.
        return html(response, zlib.gzipSync(Buffer.alloc(10_000_000, 0x20)), { 'content-encoding': 'gzip' });
      case '/slow':
        // Headers, one byte, then nothing: the client must give up on its own.
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<');
        return undefined;
      case '/pdf':
        response.writeHead(200, { 'content-type': 'application/pdf' });
        return response.end('%PDF-1.7');
      case '/json':
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end('{"title": "Engineer"}');
      case '/missing':
        response.writeHead(404, { 'content-type': 'text/html' });
        return response.end('<h1>Not found</h1>');
      default:
        response.writeHead(500);
        return response.end();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
