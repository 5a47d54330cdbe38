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

  it('gives a deadline after a past verb the nearer year: the verb dates the setting, not the deadline', () => {
    // 18 October: 7 December is seven weeks ahead, not ten months back.
    expect(valueOf('The board approved new fees, effective Dec. 7.', PUBLISHED, 'Dec. 7')).toBe('2023-12-07');
    expect(valueOf('The regulator declared a levy, payable Nov. 30 to firms of record Nov. 2.', PUBLISHED, 'Nov. 30')).toBe('2023-11-30');
    expect(valueOf('The ministry asked the firm to reply by Jan. 10.', PUBLISHED, 'Jan. 10')).toBe('2024-01-10');
    // a deadline just passed is the nearer one too
    expect(valueOf('The ministry told the firm to reply by Oct. 16.', PUBLISHED, 'Oct. 16')).toBe('2023-10-16');
  });

  it('gives a date inside an intended infinitive after a past verb the nearer year', () => {
    expect(valueOf('Officials planned to open the consultation in early November.', PUBLISHED, 'early November')).toBe('2023-11');
    expect(valueOf('The firm signed an agreement to sell the unit in January.', PUBLISHED, 'January')).toBe('2024-01');
    // a plain past act keeps its past year, however far back
    expect(valueOf('The regulator fined the firm in November.', PUBLISHED, 'November')).toBe('2022-11');
    expect(valueOf('The watchdog sued the app maker in December.', PUBLISHED, 'December')).toBe('2022-12');
  });

  it('gives a date used as a modifier after a past verb the nearer year', () => {
    expect(valueOf('The minister gave no reason for the Dec. 1 deadline.', PUBLISHED, 'Dec. 1')).toBe('2023-12-01');
  });

  it('keeps a future verb before a deadline pointing forward', () => {
    // 18 April: "by October" is six months either way; the verb decides.
    expect(valueOf('The carrier will double its flights by October.', '2023-04-18', 'October')).toBe('2023-10');
    expect(valueOf('The carrier will double its flights by April.', '2023-10-18', 'April')).toBe('2024-04');
  });

  it('gives a yearless month with no verb at all the nearer year', () => {
    expect(valueOf('Talks on the levy: a first round in December, a second after that.', PUBLISHED, 'December')).toBe('2023-12');
  });

  it('defaults to the past when no verb decides', () => {
    expect(valueOf('A tense week for the industry, with a sell-off on Thursday.', PUBLISHED, 'Thursday')).toBe('2023-10-12');
  });

  it('gives a yearless day from chrono ("Feb. 28") its year the same way', () => {
    expect(valueOf('The deadline passed on Feb. 28 without a deal.', PUBLISHED, 'Feb. 28')).toBe('2023-02-28');
    expect(valueOf('The company will report results on Feb. 28.', PUBLISHED, 'Feb. 28')).toBe('2024-02-28');
  });
  it('lets a weekday written with the day pick the year: "Monday, Oct. 23"', () => {
    // 23 October 2023 is a Monday, 23 October 2022 a Sunday: the past verb does not pull it a year back.
    expect(valueOf('The council said in a statement on Monday, Oct. 23: the levy stands.', PUBLISHED, 'Monday, Oct. 23')).toBe('2023-10-23');
    expect(valueOf('The council met on Sunday, Oct. 23, to set the levy.', PUBLISHED, 'Sunday, Oct. 23')).toBe('2022-10-23');
  });

  it('gives a date used as a modifier the nearer year whatever the tense', () => {
    // (fictional) 18 October: "the Oct. 9 blasts" ten days back, though the clause looks ahead
    expect(valueOf('The minister said she would fund repairs where the Oct. 9 blasts hit.', PUBLISHED, 'Oct. 9')).toBe('2023-10-09');
    // under a past verb a modifier date is not taken months ahead: "the March 30 attack" in October is the
    // March before (202 days back), though next March is nearer (164 days ahead)
    expect(valueOf('Police have been searching for the driver since the March 30 attack.', PUBLISHED, 'March 30')).toBe('2023-03-30');
  });

  it('does not read an adjective or a participle as the verb: "preferred shares", "the record set on"', () => {
    expect(valueOf('The bank said it will redeem its Series B preferred shares on Oct. 30.', PUBLISHED, 'Oct. 30')).toBe('2023-10-30');
    // 18 October 2023: "set on Apr. 20" dates the record, which is past, not a booking
    expect(valueOf('Shares closed near the record high set on Apr. 20.', PUBLISHED, 'Apr. 20')).toBe('2023-04-20');
  });

  it('stops at a present progressive: the "said" before it does not govern the date', () => {
    expect(valueOf('The firm said it is calling for a vote of holders on Nov. 2.', PUBLISHED, 'Nov. 2')).toBe('2023-11-02');
  });

  it('reads a passive infinitive and an intention across a list of names as looking ahead', () => {
    expect(valueOf('He said final rules to be published in early November will settle it.', PUBLISHED, 'early November')).toBe('2023-11');
    expect(valueOf('The board sold the unit, the sale to be completed around Nov. 6.', PUBLISHED, 'Nov. 6')).toBe('2023-11-06');
    expect(valueOf('The bloc planned to admit Norway, Iceland and the Faroe Islands in early December, an official said.', PUBLISHED, 'early December')).toBe('2023-12');
  });
  it('gives a weekday a past verb only plans the nearer day, unless a participle dates it', () => {
    // (fictional) Wednesday 18 October 2023
    expect(valueOf('The union planned a march through the capital on Saturday.', PUBLISHED, 'Saturday')).toBe('2023-10-21');
    expect(valueOf('The regulator has scheduled a hearing Thursday to hear the firm.', PUBLISHED, 'Thursday')).toBe('2023-10-19');
    expect(valueOf('Officials planned to leave Geneva on Thursday for Vienna.', PUBLISHED, 'Thursday')).toBe('2023-10-19');
    expect(valueOf('The firm asked the court to lift the order issued Monday.', PUBLISHED, 'Monday')).toBe('2023-10-16');
  });

  it('looks ahead from "as soon as", whatever the tense', () => {
    expect(valueOf('Aides said the bill could pass as early as Friday.', PUBLISHED, 'Friday')).toBe('2023-10-20');
    expect(valueOf('The vote might come as soon as Monday, aides said.', PUBLISHED, 'Monday')).toBe('2023-10-23');
  });

  it('gives a possessive weekday in a future clause the nearer day', () => {
    expect(valueOf('The firm said it would appeal Monday’s ruling.', PUBLISHED, 'Monday')).toBe('2023-10-16');
    expect(valueOf('Critics said the levy rose above Monday’s level.', PUBLISHED, 'Monday')).toBe('2023-10-16');
  });
});
