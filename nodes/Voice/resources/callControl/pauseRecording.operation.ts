import { recordingSwitch } from './recording';

/** Pauses the call's recording (e.g. while a card number is read out). */
export const { description, execute } = recordingSwitch('pauseRecording');
