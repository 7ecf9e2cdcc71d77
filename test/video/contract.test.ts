/**
 * Every hand-written RingCentral Video operation once, through the engine against the stateful emulator
 * (which checks each request against RingCentral's spec): none is left out, none sends an invalid request.
 */
import type { IDataObject } from 'n8n-workflow';

import { videoSpecOverrides } from '../../nodes/Video/specOverrides';
import { RingCentralVideo } from '../../nodes/Video/RingCentralVideo.node';
import { runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

describe('RingCentral Video: every hand-written operation against the spec-validating emulator', () => {
	const rc = useEmulator();

	it('sends spec-valid requests and returns items for each', async () => {
		const video = rc.emu.state.video as {
			bridges: Array<{ id: string; name: string }>;
			meetings: Array<{ id: string; recordings: Array<{ id: string; status: string }> }>;
		};
		const weekly = video.bridges.find((b) => b.name === 'Weekly sync') as { id: string };
		const recording = video.meetings
			.flatMap((m) => m.recordings)
			.find((r) => r.status === 'Processed') as { id: string };
		const cases: Array<[string, string, IDataObject]> = [
			[
				'meeting',
				'create',
				{ name: 'Contract', settings: { password: 'pw', waitingRoom: 'Everybody' } },
			],
			['meeting', 'get', { meeting: rl('webPin', '1015550777') }],
			['meeting', 'getDefault', {}],
			['meeting', 'update', { meeting: rl('id', weekly.id), updateFields: { name: 'Weekly' } }],
			['meeting', 'delete', { meeting: rl('id', weekly.id) }],
			[
				'meetingHistory',
				'getAll',
				{
					returnAll: false,
					limit: 3,
					filters: { type: 'All', text: 'a', startedAfter: '2020-01-01T00:00:00' },
				},
			],
			['meetingHistory', 'get', { pastMeeting: rl('id', video.meetings[0].id) }],
			['recording', 'getAll', { returnAll: true }],
			['recording', 'download', { recording: rl('id', recording.id) }],
		];
		const exercised = new Set<string>();
		const failures: IDataObject[] = [];
		for (const [resource, operation, parameters] of cases) {
			const result = await runNode({
				nodeType: new RingCentralVideo(),
				parameters: { authentication: 'jwt', resource, operation, ...parameters },
				credentials: rc.credentials,
			});
			if (result.error || result.items.length === 0)
				failures.push({ operation: `${resource}.${operation}`, error: result.error?.message });
			else exercised.add(`${resource}.${operation}`);
		}
		expect(failures).toEqual([]);
		const all = Object.entries(videoSpecOverrides).flatMap(([resource, ops]) =>
			Object.keys(ops).map((operation) => `${resource}.${operation}`),
		);
		expect(all.filter((op) => !exercised.has(op))).toEqual([]);
	}, 120_000);
});
