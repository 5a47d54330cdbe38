/** A note beside a timeline's events: a value asked for that has no events, with the closest known one. */
export interface TimelineWarning {
  parameter: 'jurisdiction' | 'company';
  value: string;
  message: string;
}
