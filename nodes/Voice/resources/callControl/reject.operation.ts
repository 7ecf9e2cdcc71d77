import { partyAction } from './common';

/** Declines a ringing call (it goes on as if unanswered: voicemail, forwarding...). */
export const { description, execute } = partyAction('reject', { path: 'reject' });
