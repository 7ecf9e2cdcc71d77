import fc from 'fast-check';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

/** Random and hostile values: phone-like strings, huge and empty texts, unicode, injection attempts. */
const hostile = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 1200 }),
	fc.constantFrom(
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
	),
	fc.stringMatching(/^\+?[0-9 ().-]{0,20}$/),
	fc.integer().map(String),
	fc.constant('x'.repeat(1001)),
);

const OPERATIONS: Array<{
	name: string;
	operationId: string;
	parameters: Record<string, unknown>;
}> = [
	{
		name: 'SMS send',
		operationId: 'createSMSMessage',
		parameters: {
			resource: 'sms',
			operation: 'send',
			from: { __rl: true, mode: 'number', value: '={{ $json.a }}' },
			to: '={{ $json.b }}',
			text: '={{ $json.c }}',
		},
	},
	{
		name: 'MMS send',
		operationId: 'createMMS',
		parameters: {
			resource: 'mms',
			operation: 'send',
			from: { __rl: true, mode: 'number', value: '={{ $json.a }}' },
			to: '={{ $json.b }}',
			text: '={{ $json.c }}',
			attachmentFields: '={{ $json.c }}',
		},
	},
	{
		name: 'Fax send',
		operationId: 'createFaxMessage',
		parameters: {
			resource: 'fax',
			operation: 'send',
			to: '={{ $json.a }}',
			documentFields: '={{ $json.b }}',
		},
	},
	{
		name: 'Fax resend',
		operationId: 'createFaxMessage',
		parameters: {
			resource: 'fax',
			operation: 'resend',
			messageId: '={{ $json.a }}',
			to: '={{ $json.b }}',
		},
	},
	{
		name: 'Pager send',
		operationId: 'createInternalTextMessage',
		parameters: {
			resource: 'pager',
			operation: 'send',
			to: '={{ $json.a }}',
			text: '={{ $json.c }}',
		},
	},
	{
		name: 'High-volume batch',
		operationId: 'createA2PSMS',
		parameters: {
			resource: 'a2pSms',
			operation: 'createBatch',
			from: { __rl: true, mode: 'number', value: '={{ $json.a }}' },
			to: '={{ $json.b }}',
			text: '={{ $json.c }}',
		},
	},
];

describe('hostile input into every hand-written operation', () => {
	const rc = useEmulator();

	it.each(OPERATIONS)(
		'$name: only n8n errors, never a crash, no request for what is rejected locally',
		async ({ operationId, parameters }) => {
			const outcomes = { sent: 0, rejectedLocally: 0, rejectedByApi: 0 };
			await fc.assert(
				fc.asyncProperty(hostile, hostile, hostile, async (a, b, c) => {
					const before = rc.emu.requestsFor(operationId).length;
					const result = await runNode({
						nodeType: new RingCentralMessaging(),
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
				// Half the runs use a valid base so that values reach RingCentral too.
				{ numRuns: 40, examples: [['+16505550101', '+14155550100', 'hello']] },
			);
			expect(outcomes.rejectedLocally).toBeGreaterThan(0);
			// The afterEach of useEmulator also asserts that every request that was sent matched the spec.
		},
		120_000,
	);
});
