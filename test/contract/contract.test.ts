/**
 * Contract test: every generated operation of every node runs through n8n's engine (RoutingNode and the
 * shared request path) against the emulator, with every field filled from the spec's schemas and
 * examples. The emulator validates each request against RingCentral's OpenAPI spec: zero violations.
 * Stateful emulator handlers are bypassed here (spec mocks answer), so IDs need not exist.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { messagingSpecOverrides } from '../../nodes/Messaging/specOverrides';
import { operationMetaTable } from '../../nodes/shared/generatedNode';
import { startEmulator } from '../../scripts/emulator';
import { binaryItem, runNode } from '../harness';
import { credentialStore } from '../support/ringcentral';
import { operationCases } from './cases';
import { GENERATED_NODES } from './nodes';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

describe('contract: every generated operation against the spec-validating emulator', () => {
	let emu: Emulator;
	const exercised = new Set<string>();

	beforeAll(async () => {
		emu = await startEmulator({ port: 0 });
	});
	afterAll(async () => {
		await emu?.close();
	});

	it.each(GENERATED_NODES.map((entry) => [entry.nodeType.description.displayName, entry] as const))(
		'%s: every operation sends a spec-valid request and returns items',
		async (_name, { nodeType, resources }) => {
			emu.reset();
			const credentials = credentialStore(emu);
			const cases = operationCases(nodeType.description, operationMetaTable(resources));
			expect(cases.length).toBeGreaterThan(0);
			const failures: IDataObject[] = [];
			for (const c of cases) {
				emu.handlers[c.operationId] = () => undefined; // the spec's mock answers
				const before = emu.violations.length;
				const requestsBefore = emu.requests.length;
				const items: INodeExecutionData[] = [
					c.binaryFields.reduce<INodeExecutionData>(
						(item, field) => ({
							json: {},
							binary: {
								...item.binary,
								...binaryItem(Buffer.from('RIFF....WAVEfmt '), 'audio/wav', `${field}.wav`, {
									property: field,
								}).binary,
							},
						}),
						{ json: {} },
					),
				];
				const result = await runNode({ nodeType, parameters: c.parameters, credentials, items });
				const sent = emu.requests
					.slice(requestsBefore)
					.filter((r) => r.operationId === c.operationId);
				const violations = emu.violations.slice(before);
				if (result.error || violations.length || sent.length === 0 || result.items.length === 0) {
					failures.push({
						operation: `${c.resource}.${c.operation}`,
						error: result.error
							? `${result.error.message} ${result.error.description ?? ''}`
							: undefined,
						violations: violations.map((v) => v.errors) as unknown as IDataObject[],
						sent: sent.length,
						items: result.items.length,
					});
				} else {
					exercised.add(c.operationId);
					for (const item of result.items) expect(item.pairedItem).toEqual({ item: 0 });
				}
			}
			expect(failures).toEqual([]);
			expect(emu.errors).toEqual([]);
		},
		120_000,
	);

	it('RingCentral Messaging: every hand-written operation sends a spec-valid request (stateful emulator)', async () => {
		emu.reset();
		const credentials = credentialStore(emu);
		const store = emu.state.messages as Array<{
			id: string | number;
			type: string;
			direction: string;
			attachments?: Array<{ id: string | number }>;
		}>;
		const fax = store.find((m) => m.type === 'Fax' && m.direction === 'Outbound') ?? store[0];
		const withAttachment = store.find((m) => (m.attachments ?? []).length > 0) ?? store[0];
		const from = (value: string) => ({ __rl: true, mode: 'list', value });
		const file = binaryItem(Buffer.from('%PDF-1.4 contract'), 'application/pdf', 'doc.pdf');
		const image = binaryItem(Buffer.from('PNG contract'), 'image/png', 'a.png');
		const cases: Array<
			[string, string, IDataObject, NonNullable<Parameters<typeof runNode>[0]['items']>?]
		> = [
			['sms', 'send', { from: from('+16505550101'), to: '+14155550100', text: 'Contract test' }],
			[
				'mms',
				'send',
				{
					from: from('+16505550101'),
					to: '+14155550100',
					text: 'Picture',
					attachmentFields: 'data',
				},
				[image],
			],
			['fax', 'send', { to: '+14155550155', documentFields: 'data' }, [file]],
			['fax', 'resend', { messageId: String(fax.id) }],
			['pager', 'send', { to: '102', text: 'Pager' }],
			['message', 'getAll', { returnAll: false, limit: 3 }],
			['message', 'get', { messageId: String(store[0].id) }],
			['message', 'update', { messageId: String(store[0].id), readStatus: 'Read' }],
			[
				'message',
				'downloadAttachment',
				{
					messageId: String(withAttachment.id),
					attachmentId: String(withAttachment.attachments?.[0]?.id ?? '1'),
				},
			],
			['message', 'sync', { syncType: 'FSync' }],
			['message', 'delete', { messageId: String(store[store.length - 1].id) }],
			['a2pSms', 'createBatch', { from: from('+16505550199'), to: '+14155550201', text: 'Batch' }],
			['a2pSms', 'getManyBatches', { returnAll: true }],
		];
		const failures: IDataObject[] = [];
		for (const [resource, operation, parameters, items] of cases) {
			const before = emu.violations.length;
			const result = await runNode({
				nodeType: new RingCentralMessaging(),
				parameters: { authentication: 'jwt', resource, operation, ...parameters },
				credentials,
				items,
			});
			const violations = emu.violations.slice(before);
			if (result.error || violations.length)
				failures.push({
					operation: `${resource}.${operation}`,
					error: result.error?.message,
					violations: violations.length,
				});
			else exercised.add(`${resource}.${operation}`);
		}
		const batchId = String((emu.state.a2pBatches as Array<{ id: string }>)[0]?.id);
		for (const [operation, parameters] of [
			['getBatch', { batchId }],
			['getManyMessages', { batchId, returnAll: true }],
		] as const) {
			const result = await runNode({
				nodeType: new RingCentralMessaging(),
				parameters: { authentication: 'jwt', resource: 'a2pSms', operation, ...parameters },
				credentials,
			});
			if (result.error)
				failures.push({ operation: `a2pSms.${operation}`, error: result.error.message });
			else exercised.add(`a2pSms.${operation}`);
		}
		expect(failures).toEqual([]);
		expect(emu.violations).toEqual([]);
		expect(
			Object.entries(messagingSpecOverrides)
				.flatMap(([r, ops]) => Object.keys(ops).map((o) => `${r}.${o}`))
				.filter((op) => !exercised.has(op)),
		).toEqual([]);
	});

	it('exercised every generated operation', () => {
		const generated = GENERATED_NODES.flatMap(({ resources }) =>
			resources.flatMap((r) => Object.values(r.meta).map((m) => m.operationId)),
		);
		expect(new Set(generated).size).toBe(generated.length);
		expect([...generated].filter((id) => !exercised.has(id as string))).toEqual([]);
	});
});
