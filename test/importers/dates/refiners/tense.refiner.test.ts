import { valueOf } from '../dates-in';

// 2023-10-18 is a Wednesday.
const PUBLISHED = '2023-10-18';

describe('tense refiner', () => {
  it('points a fronted date by the verb after it', () => {
    expect(valueOf('In November, the watchdog said it would review the deal.', PUBLISHED, 'November')).toBe('2022-11');
    expect(valueOf('In November, the watchdog will review the deal.', PUBLISHED, 'November')).toBe('2023-11');
    expect(valueOf('On Friday, the watchdog said it had closed the file.', PUBLISHED, 'Friday')).toBe('2023-10-13');
  });

  it('points a trailing date by the nearest verb before it', () => {
    expect(valueOf('The watchdog, which was created in November, said it would act.', PUBLISHED, 'November')).toBe('2022-11');
    expect(valueOf('The agency plans to publish guidance in December.', PUBLISHED, 'December')).toBe('2023-12');
    expect(valueOf('The company expects to finish the migration by November.', PUBLISHED, 'November')).toBe('2023-11');
  });

  it('reads perfect and passive past forms as past', () => {
    expect(valueOf('The licence has been suspended since Friday.', PUBLISHED, 'Friday')).toBe('2023-10-13');
    expect(valueOf('The app was removed from stores on Monday.', PUBLISHED, 'Monday')).toBe('2023-10-16');
  });

  it('reads a schedule in the present tense as future', () => {
    expect(valueOf('The requirement takes effect in December.', PUBLISHED, 'December')).toBe('2023-12');
  });

  it('does not take an adjective before a noun for the verb', () => {
    expect(valueOf('The proposed rule will apply in November.', PUBLISHED, 'November')).toBe('2023-11');
  });

  it('looks forward from a deadline preposition when no verb decides', () => {
    expect(valueOf('The company has until Friday to respond.', PUBLISHED, 'Friday')).toBe('2023-10-20');
    expect(valueOf('Officials expect a decision by mid-November.', PUBLISHED, 'mid-November')).toBe('2023-11');
    expect(valueOf('New fees, effective Jan. 1, for all platforms.', PUBLISHED, 'Jan. 1')).toBe('2024-01-01');
    expect(valueOf('Fees for platforms, starting in September.', PUBLISHED, 'September')).toBe('2024-09');
  });

  it('defaults to the past when no verb decides', () => {
    expect(valueOf('A tense week for the industry, with a sell-off on Thursday.', PUBLISHED, 'Thursday')).toBe('2023-10-12');
  });

  it('gives a yearless day from chrono ("Feb. 28") its year the same way', () => {
    expect(valueOf('The deadline passed on Feb. 28 without a deal.', PUBLISHED, 'Feb. 28')).toBe('2023-02-28');
    expect(valueOf('The company will report results on Feb. 28.', PUBLISHED, 'Feb. 28')).toBe('2024-02-28');
  });
});
