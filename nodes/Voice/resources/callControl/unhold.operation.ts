import { partyAction } from './common';

/** Takes the party off hold. */
export const { description, execute } = partyAction('unhold', { path: 'unhold' });
