import fc from 'fast-check';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralTeamMessaging } from '../../nodes/TeamMessaging/RingCentralTeamMessaging.node';
import { RingCentralVideo } from '../../nodes/Video/RingCentralVideo.node';
import { runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

/** Random and hostile values: IDs, links, emails, huge and empty texts, unicode, injection attempts. */
const hostile = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 300 }),
	fc.constantFrom(
		'',
		' ',
		'1001',
		'3001',
		'999',
		'~',
		'101',
		'101, 102',
		'bob@example.com',
		'https://app.ringcentral.com/messages/1001',
		'https://v.ringcentral.com/join/1015550777',
		'../../etc',
		'<script>',
		"'; DROP TABLE",
		'{{ $env }}',
		'{"body": []}',
	),
	fc.stringMatching(/^[0-9a-z@.,:/ -]{0,30}$/),
	fc.integer().map(String),
	fc.constant('x'.repeat(10_001)),
);

const OPERATIONS: Array<{
	name: string;
	node: 'tm' | 'video';
	operationId: string;
	parameters: Record<string, unknown>;
}> = [
	{
		name: 'Post create',
		node: 'tm',
		operationId: 'createGlipPostNew',
		parameters: {
			resource: 'post',
			operation: 'create',
			chat: rl('id', '={{ $json.a }}'),
			text: '={{ $json.b }}',
			options: { mentions: '={{ $json.c }}' },
		},
	},
	{
		name: 'Team create',
		node: 'tm',
		operationId: 'createGlipTeamNew',
		parameters: {
			resource: 'team',
			operation: 'create',
			name: '={{ $json.a }}',
			members: '={{ $json.b }}',
			options: { description: '={{ $json.c }}' },
		},
	},
	{
		name: 'Task create',
		node: 'tm',
		operationId: 'createTaskNew',
		parameters: {
			resource: 'task',
			operation: 'create',
			chat: rl('id', '={{ $json.a }}'),
			subject: '={{ $json.b }}',
			assignees: '={{ $json.c }}',
		},
	},
	{
		name: 'Adaptive card create',
		node: 'tm',
		operationId: 'createGlipAdaptiveCardNew',
		parameters: {
			resource: 'adaptiveCard',
			operation: 'create',
			chat: rl('id', '={{ $json.a }}'),
			card: '={{ $json.b }}',
		},
	},
	{
		name: 'Meeting create',
		node: 'video',
		operationId: 'createBridge',
		parameters: {
			resource: 'meeting',
			operation: 'create',
			name: '={{ $json.a }}',
			settings: { webPin: '={{ $json.b }}', password: '={{ $json.c }}' },
		},
	},
	{
		name: 'Meeting update',
		node: 'video',
		operationId: 'updateBridge',
		parameters: {
			resource: 'meeting',
			operation: 'update',
			meeting: { __rl: true, mode: 'url', value: '={{ $json.a }}' },
			updateFields: { name: '={{ $json.b }}' },
		},
	},
];

describe('hostile input into hand-written Team Messaging and Video operations', () => {
	const rc = useEmulator();

	it.each(OPERATIONS)(
		'$name: only n8n errors, never a crash, no request for what is rejected locally',
		async ({ node, operationId, parameters }) => {
			const outcomes = { sent: 0, rejectedLocally: 0, rejectedByApi: 0 };
			await fc.assert(
				fc.asyncProperty(hostile, hostile, hostile, async (a, b, c) => {
					const before = rc.emu.requestsFor(operationId).length;
					const result = await runNode({
						nodeType: node === 'tm' ? new RingCentralTeamMessaging() : new RingCentralVideo(),
						parameters: { authentication: 'jwt', ...parameters },
						credentials: rc.credentials,
						items: [{ json: { a, b, c } }],
					});
					if (result.error) {
						expect(
							result.error instanceof NodeOperationError || result.error instanceof NodeApiError,
						).toBe(true);
						expect(typeof result.error.message).toBe('string');
					}
					if (result.error instanceof NodeOperationError)
						expect(rc.emu.requestsFor(operationId).length).toBe(before);
					outcomes[
						!result.error
							? 'sent'
							: result.error instanceof NodeOperationError
								? 'rejectedLocally'
								: 'rejectedByApi'
					]++;
				}),
				{
					numRuns: 30,
					// The second example: addresses a loose "x@y.z" check lets through and RingCentral rejects.
					examples: [
						['1001', 'hello', '102'],
						['1001', '-@a..b, x@-y.com, 102', 'a@b.c.'],
					],
				},
			);
			expect(outcomes.rejectedLocally).toBeGreaterThan(0);
			// useEmulator's afterEach also asserts that every request that was sent matched the spec.
		},
		120_000,
	);
});
