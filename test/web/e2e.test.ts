/**
 * End to end in a real browser: Debian's chromium (playwright-core) against a
 * production build of the web app served by the real HTTP app. Screenshots of
 * each final page go to test-artifacts/; the answer-to-result time and the
 * script size are printed (and written to test-artifacts/web-figures.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, fitsWidth, launchChromium, screenshot, seriousViolations } from './helpers/browser.js';
import { parseCase } from '../../src/case/validate.js';
import { resultUrl } from '../../src/server/routes/fhir.js';
import { buildWeb, removeWebBuild, scriptSizes, startWebApp, type RunningApp } from './helpers/webApp.js';

const PHONE = { width: 360, height: 780 };
const figures: Record<string, unknown> = {};

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  await buildWeb();
  figures.script = scriptSizes();
  app = await startWebApp();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  removeWebBuild();
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'web-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log('web figures', JSON.stringify(figures));
});

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  // bypassCSP lets the test inject axe-core; the app itself runs under the server's CSP.
  const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

interface Persona {
  readonly yes: Readonly<Record<string, { side?: string; trend?: string; movement?: string }>>;
  readonly about?: { age: string; days: string; onset: 'sudden' | 'gradual' };
  readonly marks?: readonly { symptom: 'pain' | 'numbness' | 'tingling'; side: 'left' | 'right'; regions: readonly string[] }[];
  readonly backPain?: boolean;
}

/** Answers whatever screen is showing, as the persona would; false once the result is showing. */
async function answerScreen(page: Page, persona: Persona): Promise<boolean> {
  await page.waitForSelector('.banner, #about-title, #where-title, #question-title, .screen h2');
  if (await page.locator('.banner').count()) return false;
  if (await page.locator('#about-title').count()) {
    if (persona.about) {
      await page.getByLabel('Your age in years').fill(persona.about.age);
      await page.getByLabel('How long have you had these symptoms?').fill(persona.about.days);
      await page.locator(`input[name=onset][value=${persona.about.onset}]`).check();
    }
    await page.getByRole('button', { name: 'Next' }).click();
    return true;
  }
  if (await page.locator('#where-title').count()) {
    for (const mark of persona.marks ?? []) {
      await page.locator(`input[name=symptom][value=${mark.symptom}]`).check();
      for (const region of mark.regions) await page.locator(`[role=checkbox][data-region=${region}][data-side=${mark.side}]`).click();
    }
    if (persona.backPain) {
      await page.locator('input[name=symptom][value=pain]').check();
      await page.getByRole('checkbox', { name: 'Lower back (low back pain)' }).click();
    }
    await page.getByRole('button', { name: 'Done marking' }).click();
    return true;
  }
  if (await page.locator('#question-title').count()) {
    for (const finding of await page.locator('.finding-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-finding')!))) {
      const yes = persona.yes[finding];
      await page.locator(`input[name=q-${finding}][value=${yes ? 'present' : 'absent'}]`).check();
      if (!yes) continue;
      if (yes.side && (await page.locator(`input[name=q-${finding}-side]`).count()))
        await page.locator(`input[name=q-${finding}-side][value=${yes.side}]`).check();
      if (yes.trend && (await page.locator(`input[name=q-${finding}-trend]`).count()))
        await page.locator(`input[name=q-${finding}-trend][value=${yes.trend}]`).check();
      if (yes.movement) await page.locator(`.finding-row[data-finding=${finding}] select`).selectOption(yes.movement);
    }
    await page.getByRole('button', { name: 'Next' }).click();
    return true;
  }
  // "That's all the questions" page. Wait for the result: this page stays in the DOM for a moment after the click,
  // and a second look at it would click a button that is on its way out.
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.locator('.banner').waitFor();
  return true;
}

async function interview(page: Page, persona: Persona): Promise<number> {
  await page.goto(`${app.url}/#/interview`);
  let screens = 0;
  while (await answerScreen(page, persona)) {
    screens += 1;
    if (screens > 40) throw new Error('the interview did not end');
  }
  return screens;
}

/** Pages in a PDF produced by chromium (each page object is `/Type /Page`). */
const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

const answerToResultMs = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('sciatrace:answer-to-result').at(-1)?.duration ?? null);

const CLASSIC_L5_LEFT: Persona = {
  about: { age: '38', days: '14', onset: 'sudden' },
  yes: {
    weakness: { side: 'left', trend: 'stable', movement: 'big_toe_extension' },
    shooting_pain: { side: 'left' },
    pain_worse_cough_sneeze: {},
    pain_worse_sitting: {},
    leg_pain_worse_than_back: {},
  },
  marks: [
    { symptom: 'pain', side: 'left', regions: ['buttock', 'posterior_thigh', 'lateral_leg', 'dorsum_foot'] },
    { symptom: 'numbness', side: 'left', regions: ['lateral_leg', 'dorsum_foot', 'big_toe'] },
  ],
  backPain: true,
};

describe('web app in chromium', () => {
  it('keeps the first page to 150 KB of gzipped JavaScript, engine and knowledge included', () => {
    const { gzip, files } = figures.script as { gzip: number; files: string[] };
    expect(files.length).toBeGreaterThan(0);
    expect(gzip).toBeLessThanOrEqual(150 * 1024);
  });

  it('new bladder trouble reaches the emergency banner from the first screen of questions', async () => {
    const { context, page } = await phone();
    await page.goto(`${app.url}/#/interview`);
    await expect(page.locator('#question-title').textContent()).resolves.toMatch(/warning signs/i);
    await page.locator('input[name=q-bladder_dysfunction][value=present]').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForSelector('.banner');
    expect(await page.locator('.banner').getAttribute('data-level')).toBe('emergency');
    expect(await page.locator('.banner .banner-title').textContent()).toMatch(/emergency department now/i);
    figures.bladderAnswerToResultMs = await answerToResultMs(page);
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'emergency-result');
    await context.close();
  });

  it('a classic L5 sciatica interview ends with L5 on the left first and its dermatome drawn, and survives going offline', async () => {
    const { context, page } = await phone();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    const screens = await interview(page, CLASSIC_L5_LEFT);
    // Privacy: the interview and its result load the app and nothing else; no answer leaves the device.
    expect(requests.filter((r) => !/^GET \/(|sw\.js|assets\/[\w.-]+)$/.test(r))).toEqual([]);
    figures.l5Screens = screens;
    figures.l5AnswerToResultMs = await answerToResultMs(page);
    const firstRoot = page.locator('[aria-label="Nerve roots"] li').first();
    expect(await firstRoot.getAttribute('data-key')).toBe('L5-left');
    expect(await page.locator('[data-dermatome-root]').getAttribute('data-dermatome-root')).toBe('L5');
    expect(await page.locator('[data-dermatome][data-side=left]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-dermatome][data-side=right]').count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'l5-result');
    // The print view a person brings to their GP: one or two A4 pages.
    const pdf = await page.pdf({ path: join(ARTIFACTS, 'l5-result-print.pdf'), format: 'A4', printBackground: true });
    figures.printPages = pdfPageCount(pdf);
    expect(figures.printPages).toBeLessThanOrEqual(2);

    // Offline: the service worker has the app, localStorage has the answers.
    const level = await page.locator('.banner').getAttribute('data-level');
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.banner');
    expect(await page.locator('.banner').getAttribute('data-level')).toBe(level);
    expect(await page.locator('[aria-label="Nerve roots"] li').first().getAttribute('data-key')).toBe('L5-left');
    await screenshot(page, 'offline-result');
    await context.close();
  });

  it('records how long the result takes after the last answer (reported, not asserted)', async () => {
    const { context, page } = await phone();
    await page.goto(`${app.url}/#/`);
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      // Answers to the first three screens of the classic L5 story; the last screen is answered in the browser.
      await page.evaluate(() => {
        localStorage.setItem(
          'sciatrace.interview.v1',
          JSON.stringify({
            state: {
              audience: 'person',
              about: { age: 38, durationDays: 14 },
              asked: ['warning_signs', 'about', 'where'],
              evidence: [
                { finding: 'bladder_dysfunction', status: 'absent' },
                { finding: 'weakness', status: 'present', side: 'left', movement: 'big_toe_extension' },
                { finding: 'back_pain', status: 'present' },
                { finding: 'leg_pain', status: 'present', side: 'left', regions: ['buttock', 'posterior_thigh', 'lateral_leg', 'dorsum_foot'] },
                { finding: 'numbness', status: 'present', side: 'left', regions: ['lateral_leg', 'dorsum_foot'] },
              ],
            },
          }),
        );
      });
      await page.goto(`${app.url}/#/interview`);
      await page.reload();
      await page.waitForSelector('#question-title');
      for (const finding of await page.locator('.finding-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-finding')!)))
        await page.locator(`input[name=q-${finding}][value=absent]`).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.waitForSelector('.banner, #question-title');
      const ms = await answerToResultMs(page);
      if (ms !== null && (await page.locator('.banner').count())) times.push(ms);
    }
    times.sort((a, b) => a - b);
    figures.answerToResultMs = { runs: times.map((t) => Math.round(t)), median: Math.round(times[Math.floor(times.length / 2)] ?? NaN) };
    expect(times.length).toBeGreaterThan(0);
    await context.close();
  });

  it('opens the full result from a CDS Hooks card link, assessed on the device', async () => {
    const { context, page } = await phone();
    const kase = parseCase({ age: 58, evidence: [{ finding: 'saddle_anesthesia' }, { finding: 'leg_pain', side: 'both' }] }).case;
    await page.goto(resultUrl(app.url, kase));
    await page.waitForSelector('.banner');
    expect(await page.locator('.banner').getAttribute('data-level')).toBe('emergency');
    // A linked case that carries text loads the extractor on demand and reads it on the device.
    const withText = parseCase({ evidence: [], text: "Back and both legs killing me, can't pee since last night and my bum is numb." }).case;
    await page.goto(resultUrl(app.url, withText));
    await page.waitForSelector('.banner');
    expect(await page.locator('.banner').getAttribute('data-level')).toBe('emergency');
    await page.goto(`${app.url}/#/result?case=${encodeURIComponent('{"evidence":[{"finding":"bladder"}]}')}`);
    await expect(page.locator('#bad-link-title').textContent()).resolves.toMatch(/does not hold a case/);
    expect(await page.locator('.screen').textContent()).toContain('evidence[0].finding');
    await context.close();
  });

  it('the body map works by keyboard alone', async () => {
    const { context, page } = await phone();
    await page.goto(`${app.url}/#/interview`);
    const tabTo = async (matches: () => boolean) => {
      for (let i = 0; i < 80 && !(await page.evaluate(matches)); i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(matches)).toBe(true);
    };
    // Warning signs: answer the first by keyboard, leave the rest as "I don't know", submit with Enter.
    await page.waitForSelector('#question-title');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-title'); // a new screen starts at its title
    await tabTo(() => (document.activeElement as HTMLInputElement | null)?.name === 'q-bladder_dysfunction');
    await page.keyboard.press('ArrowRight'); // Yes → No
    expect(await page.locator('input[name=q-bladder_dysfunction][value=absent]').isChecked()).toBe(true);
    await tabTo(() => document.activeElement?.textContent === 'Next');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#about-title');
    await tabTo(() => document.activeElement?.textContent === 'Next');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#where-title');
    await page.locator('input[name=symptom][value=numbness]').check();
    await page.locator('input[name=symptom][value=numbness]').focus();
    const target = page.locator('[role=checkbox][data-region=lateral_leg][data-side=left]');
    let focused = '';
    for (let i = 0; i < 60 && focused !== 'lateral_leg:left'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => `${document.activeElement?.getAttribute('data-region')}:${document.activeElement?.getAttribute('data-side')}`);
    }
    expect(focused).toBe('lateral_leg:left');
    const stroke = await target.evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(Number.parseFloat(stroke)).toBeGreaterThanOrEqual(3); // a visible focus ring
    await page.keyboard.press('Space');
    expect(await target.getAttribute('aria-checked')).toBe('true');
    await expect(page.locator('.marks-summary').textContent()).resolves.toMatch(/Numbness in the left leg: outer shin/);
    await page.keyboard.press('Enter');
    expect(await target.getAttribute('aria-checked')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'body-map-keyboard');
    await context.close();
  });

  it('every page of the interview has no serious or critical axe-core violations and fits 360 px', async () => {
    const { context, page } = await phone();
    const audit = async (name: string) => {
      expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
      expect({ page: name, fits: await fitsWidth(page) }).toEqual({ page: name, fits: true });
    };
    await page.goto(`${app.url}/#/`);
    await page.waitForSelector('#home-title');
    await audit('home');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('input[name=q-weakness][value=present]').check(); // opens the follow-ups
    await page.locator('input[name=q-weakness-side][value=left]').waitFor();
    await audit('warning signs with follow-ups');
    await page.locator('input[name=q-weakness][value=absent]').check();
    for (const finding of ['bladder_dysfunction', 'bowel_dysfunction', 'saddle_anesthesia', 'sexual_dysfunction', 'foot_drop'])
      await page.locator(`input[name=q-${finding}][value=absent]`).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForSelector('#about-title');
    await audit('about you');
    await page.getByLabel('Your age in years').fill('52');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForSelector('#where-title');
    for (const region of ['buttock', 'posterior_thigh']) await page.locator(`[role=checkbox][data-region=${region}][data-side=right]`).click();
    await page.getByRole('button', { name: 'Done marking' }).click();
    await page.waitForSelector('#question-title');
    await audit('your health');
    for (const finding of await page.locator('.finding-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-finding')!)))
      await page.locator(`input[name=q-${finding}][value=absent]`).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForSelector('.banner, #question-title');
    await audit((await page.locator('.banner').count()) ? 'result' : 'adaptive question');
    await screenshot(page, 'after-fixed-screens');
    await page.goto(`${app.url}/#/interview`);
    await page.waitForSelector('.screen h2');
    await audit('interview, later');
    await context.close();
  });

  it('a clinician saves two examinations and sees the grade fall on the chart with a progression warning', async () => {
    const { context, page } = await phone();
    await page.goto(`${app.url}/#/clinician`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Access token').fill(app.clinicianToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('#patients-title');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Clinic reference').fill('E2E-0001');
    await page.getByLabel('Birth year').fill('1979');
    await page.getByRole('button', { name: 'Add patient' }).click();
    await page.waitForSelector('#exam-title');

    const examine = async (grade: string, rows: number) => {
      await page.getByLabel('Leg pain, left').selectOption('positive');
      await page.getByLabel('MRC grade, ankle dorsiflexion, left').selectOption(grade);
      await page.getByLabel('MRC grade, big toe (hallux) extension, left').selectOption(grade);
      await page.getByRole('button', { name: 'Save examination' }).click();
      await page.waitForFunction((n) => document.querySelectorAll('.timeline-table tbody tr').length === n, rows);
    };
    await examine('4', 1);
    expect(await page.locator('.progression-warning').count()).toBe(0);
    await examine('2', 2);

    expect(await page.locator('[data-chart=grades] line[data-fell=true]').count()).toBeGreaterThan(0);
    await page.waitForSelector('.progression-warning');
    expect(await page.locator('.progression-warning').textContent()).toMatch(/strength has fallen/);
    expect(['urgent', 'emergency']).toContain(await page.locator('.saved .banner').getAttribute('data-level'));
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'clinician-timeline');
    await context.close();
  });
});
