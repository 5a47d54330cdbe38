/** Words that say nothing about which event a sentence states: function words, reporting verbs, time words, generic nouns. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers him his how
  i if in into is it its itself just may might more most much must no nor not now of off on once only or other our out
  over own same she should so some such than that the their them then there these they this those through to too under
  until up upon very was we were what when where which while who whom why will with would you your yet via per
  said says say saying told tell according reported reports report added adding stated statement announce announced
  new news week weeks month months year years day days today yesterday tomorrow ago last next earlier later recently
  time times first second one two three four five six seven eight nine ten
  company companies firm firms government governments official officials authority authorities
  country countries nation national state states federal president minister ministry administration
  mr ms mrs dr
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/),
);
