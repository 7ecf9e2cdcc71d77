import { partyAction } from './common';
import { targetBody, targetProperties } from './target';

/** Sends a ringing (not yet answered) call elsewhere: a number, a colleague or a voicemail box. */
export const { description, execute } = partyAction('forward', {
	path: 'forward',
	fields: targetProperties('forward'),
	body: targetBody,
});
