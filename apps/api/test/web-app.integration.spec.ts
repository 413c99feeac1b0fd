import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './test-app';

/**
 * The built web app, served by the API on its own port as in production: its files with their
 * cache headers, index.html for any other page a browser asks for, and the API's own addresses
 * left to the API.
 */
describe('the built web app, served by the API', () => {
  let app: TestApp;
  let base: string;
  const webDist = mkdtempSync(path.join(os.tmpdir(), 'onward-web-'));
  // Large enough that compressing them pays.
  const page = `<!doctype html><title>Onward page</title>${'<div class="shell"></div>'.repeat(40)}`;
  const script = Array.from({ length: 200 }, (_, i) => `export const step${i} = () => console.log("built", ${i});`).join('\n');

  beforeAll(async () => {
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(path.join(webDist, 'index.html'), page);
    writeFileSync(path.join(webDist, 'assets', 'index-4f2a9c.js'), 'console.log("built")');
    writeFileSync(path.join(webDist, 'assets', 'app-9d3e1b.js'), script);
    writeFileSync(path.join(webDist, 'assets', 'app-9d3e1b.js.map'), JSON.stringify({ version: 3, sources: [], mappings: '', names: Array(100).fill('step') }));
    writeFileSync(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // As `npm run build:web` does after Vite.
    execFileSync(process.execPath, [path.resolve(__dirname, '../../../tools/compress-web.mjs'), webDist], { stdio: 'ignore' });
    app = await startTestApp({ config: { webDist } });
    base = app.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await app.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const get = (address: string, headers: Record<string, string> = {}, method = 'GET') => fetch(`${base}${address}`, { method, headers });

  it('serves a client-side route as index.html, never cached without asking again', async () => {
    for (const address of ['/', '/team', '/roles/4f2a9c/edit?tab=why']) {
      const response = await get(address, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
      expect({ address, status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control') }).toEqual({
        address,
        status: 200,
        type: 'text/html; charset=utf-8',
        cache: 'no-cache',
      });
      expect(await response.text()).toContain('Onward page');
    }
    // No Accept header takes anything, as a browser's address bar does.
    expect((await get('/team')).status).toBe(200);
  });

  it('answers 404 to a page address that does not take HTML, to other methods and to the API’s own addresses', async () => {
    expect((await get('/team', { accept: 'application/json' })).status).toBe(404);
    expect((await get('/team', { accept: 'text/html;q=0, */*' })).status).toBe(404);
    expect((await get('/team', { accept: 'text/html' }, 'HEAD')).status).toBe(404);
    expect((await get('/team', { accept: 'text/html' }, 'DELETE')).status).toBe(404);
    for (const address of ['/calendar/', '/calendar/a/b.ics']) {
      const response = await get(address, { accept: 'text/html' });
      expect({ address, status: response.status }).toEqual({ address, status: 404 });
      expect(await response.text()).not.toContain('Onward page');
    }
  });

  it('serves built files: hashed assets for a year, anything else for an hour', async () => {
    const asset = await get('/assets/index-4f2a9c.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('etag')).toBeTruthy();
    expect(await asset.text()).toBe('console.log("built")');
    const icon = await get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    const page = await get('/index.html');
    expect(page.headers.get('cache-control')).toBe('public, max-age=3600');
    // A missing file is a page address like any other: the page if the client takes HTML, else 404.
    expect((await get('/assets/index-gone.js', { accept: '*/*' })).status).toBe(200);
    expect((await get('/assets/index-gone.js', { accept: 'application/javascript' })).status).toBe(404);
  });

  it('says nothing about what serves it', async () => {
    for (const address of ['/', '/healthz', '/assets/index-4f2a9c.js']) {
      const response = await get(address);
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('server')).toBeNull();
    }
  });

  /** A raw GET, without fetch()'s own decompression, so that the bytes on the wire can be checked. */
  const raw = (address: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      request(`${base}${address}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
  const decode = { br: brotliDecompressSync, gzip: gunzipSync, identity: (body: Buffer) => body };

  it('sends the build’s brotli copy to a browser that takes it, else its gzip copy, else the file itself', async () => {
    const cases = [
      { acceptEncoding: 'gzip, deflate, br, zstd', encoding: 'br' },
      { acceptEncoding: 'br;q=0.5, gzip', encoding: 'gzip' },
      { acceptEncoding: 'gzip, deflate', encoding: 'gzip' },
      { acceptEncoding: 'identity', encoding: 'identity' },
      { acceptEncoding: undefined, encoding: 'identity' },
    ] as const;
    for (const { acceptEncoding, encoding } of cases) {
      const response = await raw('/assets/app-9d3e1b.js', acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
      expect({ acceptEncoding, status: response.status, encoding: response.headers['content-encoding'] ?? 'identity', vary: response.headers.vary, type: response.headers['content-type'] }).toEqual({
        acceptEncoding,
        status: 200,
        encoding,
        vary: 'accept-encoding',
        type: 'text/javascript; charset=utf-8',
      });
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(decode[encoding](response.body).toString()).toBe(script);
      if (encoding !== 'identity') expect(response.body.length).toBeLessThan(script.length / 3);
    }
  });

  it('compresses the page sent for a client-side route too, and never source maps', async () => {
    for (const [acceptEncoding, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['', 'identity']] as const) {
      const response = await raw('/team/4f2a9c', { accept: 'text/html', 'accept-encoding': acceptEncoding });
      expect({ acceptEncoding, status: response.status, encoding: response.headers['content-encoding'] ?? 'identity', vary: response.headers.vary, cache: response.headers['cache-control'] }).toEqual({
        acceptEncoding,
        status: 200,
        encoding,
        vary: 'accept-encoding',
        cache: 'no-cache',
      });
      expect(decode[encoding](response.body).toString()).toBe(page);
    }
    const map = await raw('/assets/app-9d3e1b.js.map', { 'accept-encoding': 'br, gzip' });
    expect({ status: map.status, encoding: map.headers['content-encoding'] }).toEqual({ status: 200, encoding: undefined });
  });

  it('does not serve the compressed copies under their own names', async () => {
    for (const address of ['/assets/app-9d3e1b.js.br', '/assets/app-9d3e1b.js.gz', '/index.html.br']) {
      const response = await raw(address, { accept: 'application/octet-stream' });
      expect({ address, status: response.status }).toEqual({ address, status: 404 });
    }
  });
});
