import { partyAction } from './common';

/** A party's status (Proceeding = ringing, Answered, Hold, Parked, Disconnected...), numbers and recordings. */
export const { description, execute } = partyAction('getParty', { method: 'GET', path: '' });
