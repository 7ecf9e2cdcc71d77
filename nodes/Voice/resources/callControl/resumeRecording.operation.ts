import { recordingSwitch } from './recording';

/** Resumes a paused recording. */
export const { description, execute } = recordingSwitch('resumeRecording');
