import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

describe('Continue On Fail in declarative operations', () => {
	const rc = useEmulator();

	it('yields an error item per failed input, paired with it, and the results of the others', async () => {
		const existing = rc.emu.state.messages[0];
		const result = await runNode({
			nodeType: new RingCentralMessaging(),
			parameters: {
				authentication: 'jwt',
				resource: 'message',
				operation: 'get',
				messageId: '={{ $json.id }}',
			},
			credentials: rc.credentials,
			items: [
				{ json: { id: String(existing.id) } },
				{ json: { id: '424242' } },
				{ json: { id: String(existing.id) } },
			],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json.id).toBe(existing.id);
		expect(String(result.items[1].json.error)).toContain('CMN-102');
		expect(result.items[2].json.id).toBe(existing.id);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});
