import { browserPlan } from './support/site';

/** Issue 18 item 7: without chromium the browser tests skip in one line, except under CI=true. */
describe('browserPlan', () => {
  it('runs when chromium is there', () => {
    expect(browserPlan({}, () => true)).toEqual({ run: true });
  });
  it('skips, naming what to install, when chromium is missing outside CI', () => {
    expect(browserPlan({ CHROMIUM_PATH: '/nowhere/chromium' }, () => false)).toEqual({ run: false, reason: expect.stringMatching(/no chromium at \/nowhere\/chromium: apt-get install -y chromium/) });
  });
  it('runs (and so fails on the missing browser) under CI=true', () => {
    expect(browserPlan({ CI: 'true' }, () => false)).toEqual({ run: true });
  });
});
