import { findTemporalExpressions } from '../../../../importers/dates';
import { datesIn } from '../dates-in';

// Fictional sentences. 2024-05-02.
describe('attributive-month parser', () => {
  it('reads a month before a noun as that month, of the nearer year, marked as a modifier', () => {
    expect(datesIn('Investigators linked the October attack to the group.', '2024-05-02')).toEqual([['October', '2023-10', 'month', 'relative']]);
    expect(datesIn('Under a June agreement the firm sold its unit.', '2024-05-02')).toEqual([['June', '2024-06', 'month', 'relative']]);
    expect(findTemporalExpressions("The regulator's March ruling stands.", '2024-05-02')[0]).toMatchObject({ text: 'March', value: '2024-03', modifier: true });
  });

  it('leaves a month that is itself the noun, or part of a name, alone', () => {
    expect(datesIn('The March was peaceful.', '2024-05-02')).toEqual([]);
    expect(datesIn('A May Day rally and the June Almeida lecture took place.', '2024-05-02')).toEqual([]);
  });

  it('is left out where modifiers are not wanted', () => {
    expect(findTemporalExpressions('Investigators linked the October attack to the group.', '2024-05-02', { modifiers: false })).toEqual([]);
  });
});
