import { partyAction } from './common';
import { targetBody, targetProperties } from './target';

/** Blind transfer of a call to a number, a colleague, a voicemail box or a park location. */
export const { description, execute } = partyAction('transfer', {
	path: 'transfer',
	fields: targetProperties('transfer'),
	body: targetBody,
});
