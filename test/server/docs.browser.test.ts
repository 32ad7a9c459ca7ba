/** /docs is a working page in a real browser: Swagger UI renders the API from /openapi.json under our CSP. */
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../web/helpers/browser.js';
import { startApp, tempDbFile } from './harness.js';

describe('/docs in chromium', () => {
  it('renders every API route with no console or CSP errors', async () => {
    const server = await startApp(tempDbFile());
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${server.url}/docs`);
      await page.waitForSelector('.opblock', { timeout: 20_000 });
      const paths = await page.$$eval('.opblock-summary-path', (nodes) => nodes.map((n) => n.getAttribute('data-path')));
      expect(paths).toEqual(expect.arrayContaining(['/v1/assess', '/v1/patients', '/v1/patients/{id}/assessments', '/v1/patients/{id}/timeline', '/v1/audit']));
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
