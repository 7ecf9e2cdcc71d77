import { partyAction } from './common';

/** Parks the call on a park location; the answer's "park.id" is the orbit to pick it up from. */
export const { description, execute } = partyAction('park', { path: 'park' });
