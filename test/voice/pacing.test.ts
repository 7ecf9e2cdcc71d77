import type { IDataObject } from 'n8n-workflow';

import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

/** RingCentral's Heavy group allows 10 requests a window; the emulator compresses the window to 1.5 s. */
describe('RingCentral Voice: call log reads stay within the Heavy rate group', () => {
	const rc = useEmulator({
		rateLimits: { Light: 50, Medium: 40, Heavy: 10, Auth: 5 },
		rateWindowMs: 1500,
		penaltyMs: 1500,
		callLogMaxPerPage: 2,
	});

	it('Return All over many pages is paced instead of hitting 429', async () => {
		const start = Date.now() - 3 * 3600_000;
		for (let i = 0; i < 24; i++)
			rc.emu.addCallLogRecord({
				startTime: start + i * 60_000,
				durationSec: 10,
				peer: { phoneNumber: '+14155550177' },
			});
		const result = await runNode({
			nodeType: new RingCentralVoice(),
			parameters: {
				authentication: 'jwt',
				resource: 'callLog',
				operation: 'getAll',
				dateRange: 'last24Hours',
				returnAll: true,
				filters: { phoneNumber: '+14155550177' },
			},
			credentials: rc.credentials,
		});
		expect(result.error).toBeUndefined();
		const pages = rc.emu.requestsFor('readUserCallLog');
		const expected = (
			rc.emu.state.callLog as Array<{
				startTime: string;
				from: IDataObject;
				extension: { id: number };
			}>
		).filter(
			(r) =>
				String(r.extension.id) === '101' &&
				r.from.phoneNumber === '+14155550177' &&
				Date.parse(r.startTime) >= Date.parse(String(pages[0].query.dateFrom)),
		).length;
		expect(result.items).toHaveLength(expected);
		expect(pages.length).toBeGreaterThan(10);
		expect(pages.map((p: IDataObject) => p.status)).toEqual(Array(pages.length).fill(200));
		expect(pages.every((p: IDataObject) => p.throttlingGroup === 'Heavy')).toBe(true);
	}, 60_000);
});
