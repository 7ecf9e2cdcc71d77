import { partyAction } from './common';

/** Starts recording the call (on-demand recording); the answer's "id" is the recording to pause or resume. */
export const { description, execute } = partyAction('startRecording', { path: 'recordings' });
