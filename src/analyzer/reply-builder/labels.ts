// What each complaint type is called in the popup's "Upset about" picker.
import type { Complaint } from '../types.js';

export const COMPLAINT_LABELS: Record<Complaint, string> = {
  'late-delivery': 'Late or missing delivery',
  'damaged-item': 'Damaged item',
  'wrong-item': 'Wrong item',
  billing: 'Billing error',
  'no-response': 'No reply / unanswered calls',
  outage: 'Outage or bug',
  'missed-deadline': 'Missed deadline',
  'rude-staff': 'Rude staff',
  'poor-quality': 'Poor quality work',
  booking: 'Booking or appointment',
  other: 'Something else',
};
