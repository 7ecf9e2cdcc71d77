/**
 * Random and hostile parameter values into the hand-written write operations: a node fails with an n8n
 * error (NodeOperationError before any request, or NodeApiError from RingCentral), never with a crash,
 * and what it rejects locally never reaches RingCentral. useEmulator's afterEach also asserts that
 * every request that was sent matched the spec.
 */
import fc from 'fast-check';
import type { INodeType } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { RingCentralTeamMessaging } from '../../nodes/TeamMessaging/RingCentralTeamMessaging.node';
import { RingCentralVideo } from '../../nodes/Video/RingCentralVideo.node';
import { runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

/**
 * Random strings, unicode up to `maxGraphemes`, the area's near-valid `constants` and `pattern`, integers,
 * and one text of `hugeLength` characters (just over the area's limit), next to injection attempts.
 */
function hostileValues(o: {
	maxGraphemes: number;
	constants: string[];
	pattern: RegExp;
	hugeLength: number;
}): fc.Arbitrary<string> {
	return fc.oneof(
		fc.string(),
		fc.string({ unit: 'grapheme', maxLength: o.maxGraphemes }),
		fc.constantFrom(...o.constants),
		fc.stringMatching(o.pattern),
		fc.integer().map(String),
		fc.constant('x'.repeat(o.hugeLength)),
	);
}

/** Phone-like strings, huge and empty texts, unicode, injection attempts. */
const MESSAGING_VALUES = hostileValues({
	maxGraphemes: 1200,
	constants: [
		'',
		' ',
		'+',
		'+1',
		'101',
		'+16505550101',
		'+14155550100',
		'0000000',
		'<script>',
		"'; DROP TABLE",
		'{{ $env }}',
		'../../etc',
	],
	pattern: /^\+?[0-9 ().-]{0,20}$/,
	hugeLength: 1001,
});

/** IDs, links, emails, huge and empty texts, unicode, injection attempts. */
const COLLABORATION_VALUES = hostileValues({
	maxGraphemes: 300,
	constants: [
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
	],
	pattern: /^[0-9a-z@.,:/ -]{0,30}$/,
	hugeLength: 10_001,
});

type Run = {
	values: fc.Arbitrary<string>;
	numRuns: number;
	examples: Array<[string, string, string]>;
};

/** Half the runs use a valid base so that values reach RingCentral too. */
const MESSAGING: Run = {
	values: MESSAGING_VALUES,
	numRuns: 40,
	examples: [['+16505550101', '+14155550100', 'hello']],
};

const COLLABORATION: Run = {
	values: COLLABORATION_VALUES,
	numRuns: 30,
	// The second example: addresses a loose "x@y.z" check lets through and RingCentral rejects.
	examples: [
		['1001', 'hello', '102'],
		['1001', '-@a..b, x@-y.com, 102', 'a@b.c.'],
	],
};

/** Each operation reads `$json.a`, `$json.b` and `$json.c`: three hostile values per run. */
const OPERATIONS: Array<{
	name: string;
	node: () => INodeType;
	operationId: string;
	parameters: Record<string, unknown>;
	run: Run;
}> = [
	{
		name: 'SMS send',
		node: () => new RingCentralMessaging(),
		operationId: 'createSMSMessage',
		parameters: {
			resource: 'sms',
			operation: 'send',
			from: { __rl: true, mode: 'number', value: '={{ $json.a }}' },
			to: '={{ $json.b }}',
			text: '={{ $json.c }}',
		},
		run: MESSAGING,
	},
	{
		name: 'MMS send',
		node: () => new RingCentralMessaging(),
		operationId: 'createMMS',
		parameters: {
			resource: 'mms',
			operation: 'send',
			from: { __rl: true, mode: 'number', value: '={{ $json.a }}' },
			to: '={{ $json.b }}',
			text: '={{ $json.c }}',
			attachmentFields: '={{ $json.c }}',
		},
		run: MESSAGING,
	},
	{
		name: 'Fax send',
		node: () => new RingCentralMessaging(),
		operationId: 'createFaxMessage',
		parameters: {
			resource: 'fax',
			operation: 'send',
			to: '={{ $json.a }}',
			documentFields: '={{ $json.b }}',
			options: { coverPageText: '={{ $json.c }}' },
		},
		run: MESSAGING,
	},
	{
		name: 'Fax resend',
		node: () => new RingCentralMessaging(),
		operationId: 'createFaxMessage',
		parameters: {
			resource: 'fax',
			operation: 'resend',
			messageId: '={{ $json.a }}',
			to: '={{ $json.b }}',
		},
		run: MESSAGING,
	},
	{
		name: 'Pager send',
		node: () => new RingCentralMessaging(),
		operationId: 'createInternalTextMessage',
		parameters: {
			resource: 'pager',
			operation: 'send',
			to: '={{ $json.a }}',
			text: '={{ $json.c }}',
			options: { replyOn: '={{ $json.b }}' },
		},
		run: MESSAGING,
	},
	{
		name: 'High-volume batch',
		node: () => new RingCentralMessaging(),
		operationId: 'createA2PSMS',
		parameters: {
			resource: 'a2pSms',
			operation: 'createBatch',
			from: { __rl: true, mode: 'number', value: '={{ $json.a }}' },
			to: '={{ $json.b }}',
			text: '={{ $json.c }}',
		},
		run: MESSAGING,
	},
	{
		name: 'Post create',
		node: () => new RingCentralTeamMessaging(),
		operationId: 'createGlipPostNew',
		parameters: {
			resource: 'post',
			operation: 'create',
			chat: rl('id', '={{ $json.a }}'),
			text: '={{ $json.b }}',
			options: { mentions: '={{ $json.c }}' },
		},
		run: COLLABORATION,
	},
	{
		name: 'Team create',
		node: () => new RingCentralTeamMessaging(),
		operationId: 'createGlipTeamNew',
		parameters: {
			resource: 'team',
			operation: 'create',
			name: '={{ $json.a }}',
			members: '={{ $json.b }}',
			options: { description: '={{ $json.c }}' },
		},
		run: COLLABORATION,
	},
	{
		name: 'Task create',
		node: () => new RingCentralTeamMessaging(),
		operationId: 'createTaskNew',
		parameters: {
			resource: 'task',
			operation: 'create',
			chat: rl('id', '={{ $json.a }}'),
			subject: '={{ $json.b }}',
			assignees: '={{ $json.c }}',
		},
		run: COLLABORATION,
	},
	{
		name: 'Adaptive card create',
		node: () => new RingCentralTeamMessaging(),
		operationId: 'createGlipAdaptiveCardNew',
		parameters: {
			resource: 'adaptiveCard',
			operation: 'create',
			chat: rl('id', '={{ $json.a }}'),
			card: '={{ $json.b }}',
		},
		run: COLLABORATION,
	},
	{
		name: 'Meeting create',
		node: () => new RingCentralVideo(),
		operationId: 'createBridge',
		parameters: {
			resource: 'meeting',
			operation: 'create',
			name: '={{ $json.a }}',
			settings: { webPin: '={{ $json.b }}', password: '={{ $json.c }}' },
		},
		run: COLLABORATION,
	},
	{
		name: 'Meeting update',
		node: () => new RingCentralVideo(),
		operationId: 'updateBridge',
		parameters: {
			resource: 'meeting',
			operation: 'update',
			meeting: rl('url', '={{ $json.a }}'),
			updateFields: { name: '={{ $json.b }}' },
		},
		run: COLLABORATION,
	},
];

describe('hostile input into the hand-written write operations', () => {
	const rc = useEmulator();

	it.each(OPERATIONS)(
		'$name: only n8n errors, never a crash, no request for what is rejected locally',
		async ({ node, operationId, parameters, run }) => {
			const outcomes = { sent: 0, rejectedLocally: 0, rejectedByApi: 0 };
			await fc.assert(
				fc.asyncProperty(run.values, run.values, run.values, async (a, b, c) => {
					const before = rc.emu.requestsFor(operationId).length;
					const result = await runNode({
						nodeType: node(),
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
					if (result.error instanceof NodeOperationError) {
						expect(rc.emu.requestsFor(operationId).length).toBe(before);
					}
					outcomes[
						!result.error
							? 'sent'
							: result.error instanceof NodeOperationError
								? 'rejectedLocally'
								: 'rejectedByApi'
					]++;
				}),
				{ numRuns: run.numRuns, examples: run.examples },
			);
			expect(outcomes.rejectedLocally).toBeGreaterThan(0);
		},
		120_000,
	);
});
