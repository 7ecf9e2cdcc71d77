import { deviceIdOf, deviceLocator, partyAction } from './common';

/** Stops a call-queue call ringing on one device; the queue offers it to the next agent. */
export const { description, execute } = partyAction('ignore', {
	path: 'ignore',
	fields: [
		deviceLocator(
			'device',
			'Device',
			'The phone on which the queue call should stop ringing',
			true,
		),
	],
	body: (ctx, itemIndex) => ({ deviceId: deviceIdOf(ctx, itemIndex, 'device', 'Device', true) }),
});
