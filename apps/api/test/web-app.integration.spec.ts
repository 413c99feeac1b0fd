import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

  beforeAll(async () => {
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Onward page</title>');
    writeFileSync(path.join(webDist, 'assets', 'index-4f2a9c.js'), 'console.log("built")');
    writeFileSync(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
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
});
