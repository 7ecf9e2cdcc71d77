import { deviceIdOf, deviceLocator, partyAction } from './common';

/** Picks up a call ringing for someone else (or a parked call) on one of the user's devices. */
export const { description, execute } = partyAction('pickup', {
	path: 'pickup',
	fields: [deviceLocator('device', 'Device', 'Which of your phones takes the call', true)],
	body: (ctx, itemIndex) => ({ deviceId: deviceIdOf(ctx, itemIndex, 'device', 'Device', true) }),
});
