import { deviceIdOf, deviceLocator, partyAction } from './common';

/** Answers a ringing call, on one of the user's devices. */
export const { description, execute } = partyAction('answer', {
	path: 'answer',
	fields: [
		deviceLocator(
			'device',
			'Device',
			'Which of your phones answers; empty lets RingCentral choose',
			false,
		),
	],
	body: (ctx, itemIndex) => {
		const deviceId = deviceIdOf(ctx, itemIndex, 'device', 'Device', false);
		// The spec requires a body, empty or not.
		return deviceId ? { deviceId } : {};
	},
});
