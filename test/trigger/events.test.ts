import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { addMessage, PDF, PNG } from '../../scripts/emulator/seed/state';
import { readBinary, runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';
import type { Trigger } from './support';
import { useTriggers } from './support';

const json = (item: INodeExecutionData) => item.json as IDataObject & { body: IDataObject };

describe('RingCentral Trigger: events', () => {
	const rc = useEmulator();
	const start = useTriggers(rc);

	const activated = async (parameters: Record<string, unknown>) => {
		const trigger = await start(parameters);
		await trigger.activate();
		return trigger;
	};
	const settle = async (trigger: Trigger) => {
		await start.settled();
		return trigger.items;
	};
	const inboundFax = () => {
		addMessage(
			rc.emu.state,
			rc.emu.url,
			{
				type: 'Fax',
				direction: 'Inbound',
				from: { phoneNumber: '+14155550155', name: 'Acme Fax' },
				to: [{ phoneNumber: '+16505550101' }],
				subject: 'Invoice',
				readStatus: 'Unread',
				messageStatus: 'Received',
				faxPageCount: 1,
			},
			[
				{
					type: 'RenderedDocument',
					contentType: 'application/pdf',
					data: PDF,
					fileName: 'invoice.pdf',
				},
			],
		);
		rc.emu.tick();
	};

	it('SMS Received: one item per SMS and per MMS, with the full message', async () => {
		const trigger = await activated({ events: ['smsReceived'] });
		rc.emu.addInboundSms({ from: '+14155550100', text: 'Is my order ready?' });
		rc.emu.addInboundSms({
			from: '+14155550100',
			text: 'Here is a photo',
			attachments: [{ contentType: 'image/png', data: PNG, fileName: 'photo.png' }],
		});
		const items = await settle(trigger);
		expect(items).toHaveLength(2);
		expect(items.map((i) => json(i).event)).toEqual(['smsReceived', 'smsReceived']);
		expect(json(items[0])).toMatchObject({
			eventName: 'SMS Received',
			timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			uuid: expect.any(String),
			subscriptionId: trigger.nodeStaticData.subscriptionId,
			ownerId: '101',
			extensionId: '101',
			eventFilter: '/restapi/v1.0/account/100000001/extension/101/message-store/instant?type=SMS',
			body: {
				type: 'SMS',
				direction: 'Inbound',
				subject: 'Is my order ready?',
				from: { phoneNumber: '+14155550100' },
			},
		});
		expect(json(items[1]).eventFilter).toMatch(/instant\?type=MMS$/);
		expect(json(items[1]).body.attachments).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ type: 'MmsAttachment', contentType: 'image/png' }),
			]),
		);
		expect(items[0].binary).toBeUndefined();
	});

	it('downloads MMS pictures, voicemail audio and fax documents as binary when asked', async () => {
		const trigger = await activated({
			events: ['smsReceived', 'voicemailReceived', 'faxReceived'],
			options: { downloadAttachments: true, binaryPropertyPrefix: 'file' },
		});
		rc.emu.addInboundSms({
			from: '+14155550100',
			text: 'Photo',
			attachments: [{ contentType: 'image/png', data: PNG, fileName: 'photo.png' }],
		});
		rc.emu.simulateCall({ outcome: 'voicemail', from: '+14155550122' });
		inboundFax();
		const items = await settle(trigger);
		const byEvent = Object.fromEntries(items.map((item) => [json(item).event, item]));
		expect(Object.keys(byEvent).sort()).toEqual([
			'faxReceived',
			'smsReceived',
			'voicemailReceived',
		]);
		expect(Object.keys(byEvent.smsReceived.binary ?? {})).toEqual(['file_0']);
		expect(byEvent.smsReceived.binary?.file_0).toMatchObject({
			mimeType: 'image/png',
			fileName: 'photo.png',
		});
		expect(await readBinary(byEvent.smsReceived, 'file_0')).toEqual(PNG);
		expect(byEvent.voicemailReceived.binary?.file_0).toMatchObject({
			mimeType: 'audio/wav',
			fileName: 'voicemail.wav',
		});
		expect((await readBinary(byEvent.voicemailReceived, 'file_0')).subarray(0, 4).toString()).toBe(
			'RIFF',
		);
		expect(json(byEvent.voicemailReceived).body).toMatchObject({
			type: 'Voicemail',
			from: { phoneNumber: '+14155550122' },
		});
		expect(byEvent.faxReceived.binary?.file_0).toMatchObject({
			mimeType: 'application/pdf',
			fileName: 'invoice.pdf',
		});
		expect(await readBinary(byEvent.faxReceived, 'file_0')).toEqual(PDF);
	});

	it('SMS Sent: the thin message-store event is completed with the sent message', async () => {
		const trigger = await activated({ events: ['smsSent'] });
		const sent = await runNode({
			nodeType: new RingCentralMessaging(),
			parameters: {
				authentication: 'jwt',
				resource: 'sms',
				operation: 'send',
				from: { __rl: true, mode: 'list', value: '+16505550101' },
				to: '+14155550100',
				text: 'Your order shipped',
			},
			credentials: rc.credentials,
		});
		expect(sent.error).toBeUndefined();
		rc.emu.addInboundSms({ from: '+14155550100', text: 'Thanks' });
		const items = await settle(trigger);
		expect(items).toHaveLength(1);
		expect(json(items[0])).toMatchObject({
			event: 'smsSent',
			eventName: 'SMS Sent',
			body: { changes: [{ type: 'SMS', newCount: 1, newMessageIds: [sent.items[0].json.id] }] },
			messages: [
				{ id: sent.items[0].json.id, direction: 'Outbound', subject: 'Your order shipped' },
			],
		});
	});

	it('Message Store Changed: new and changed messages, fetching only new ones (or none when switched off)', async () => {
		const trigger = await activated({ events: ['messageStoreChanged'] });
		const message = rc.emu.addInboundSms({ from: '+14155550100', text: 'New one' });
		await settle(trigger);
		message.readStatus = 'Read';
		message._seq = ++rc.emu.state.seq;
		rc.emu.tick();
		const items = await settle(trigger);
		expect(items.map((i) => json(i).body.changes)).toEqual([
			[{ type: 'SMS', newCount: 1, updatedCount: 0, newMessageIds: [message.id] }],
			[{ type: 'SMS', newCount: 0, updatedCount: 1, newMessageIds: [] }],
		]);
		expect(json(items[0]).messages).toEqual([
			expect.objectContaining({ id: message.id, subject: 'New one' }),
		]);
		expect(json(items[1]).messages).toEqual([]);

		trigger.options.parameters = {
			...trigger.options.parameters,
			options: { fetchMessages: false },
		};
		const reads = rc.emu.requestsFor('readMessage').length;
		rc.emu.addInboundSms({ from: '+14155550100', text: 'Another' });
		const [, , third] = await settle(trigger);
		expect(json(third).messages).toBeUndefined();
		expect(rc.emu.requestsFor('readMessage')).toHaveLength(reads);
	});

	it('Voicemail Received and Fax Received carry the message', async () => {
		const trigger = await activated({ events: ['voicemailReceived', 'faxReceived'] });
		rc.emu.simulateCall({ outcome: 'voicemail', from: '+14155550111', fromName: 'Jane Customer' });
		inboundFax();
		const items = await settle(trigger);
		expect(items.map((i) => json(i).event)).toEqual(['voicemailReceived', 'faxReceived']);
		expect(json(items[0]).body).toMatchObject({
			type: 'Voicemail',
			direction: 'Inbound',
			attachments: [expect.objectContaining({ type: 'AudioRecording', contentType: 'audio/wav' })],
		});
		expect(json(items[1]).body).toMatchObject({
			type: 'Fax',
			subject: 'Invoice',
			attachments: [expect.objectContaining({ contentType: 'application/pdf' })],
		});
	});

	it('call events: ringing, answered, ended and missed, once per call each', async () => {
		const trigger = await activated({
			events: ['incomingCall', 'callAnswered', 'callEnded', 'missedCall'],
		});
		const answered = rc.emu.simulateCall({ outcome: 'answered', from: '+14155550111' });
		await answered.delivered;
		const missed = rc.emu.simulateCall({ outcome: 'missed', from: '+12125550133' });
		await missed.delivered;
		const items = await settle(trigger);
		const summary = items.map((i) => [
			json(i).event,
			json(i).body.telephonySessionId,
			((json(i).body.parties as IDataObject[])[0].status as IDataObject).code,
		]);
		expect(summary).toEqual([
			['incomingCall', answered.telephonySessionId, 'Proceeding'],
			['callAnswered', answered.telephonySessionId, 'Answered'],
			['callEnded', answered.telephonySessionId, 'Disconnected'],
			['incomingCall', missed.telephonySessionId, 'Proceeding'],
			['callEnded', missed.telephonySessionId, 'Disconnected'],
			['missedCall', missed.telephonySessionId, 'Disconnected'],
		]);
		expect(json(items[5]).body.parties).toEqual([
			expect.objectContaining({
				missedCall: true,
				direction: 'Inbound',
				from: { phoneNumber: '+12125550133' },
			}),
		]);
	});

	it('missed calls on a queue reach a whole-account trigger', async () => {
		const trigger = await activated({ events: ['missedCall'], scope: 'account' });
		rc.emu.simulateCall({ outcome: 'missed', extensionId: '103' });
		const items = await settle(trigger);
		expect(items).toHaveLength(1);
		expect(json(items[0])).toMatchObject({
			event: 'missedCall',
			eventFilter: '/restapi/v1.0/account/100000001/telephony/sessions?missedCall=true',
		});
		expect(json(items[0]).body.parties).toEqual([expect.objectContaining({ extensionId: '103' })]);
	});

	it('Presence Changed: ringing, on a call, free again', async () => {
		const trigger = await activated({ events: ['presenceChanged'] });
		rc.emu.simulateCall({ outcome: 'answered' });
		const items = await settle(trigger);
		expect(items.map((i) => json(i).body.telephonyStatus)).toEqual([
			'Ringing',
			'CallConnected',
			'NoCall',
		]);
		expect(json(items[0])).toMatchObject({
			event: 'presenceChanged',
			eventName: 'Presence Changed',
			body: { extensionId: '101', presenceStatus: 'Busy' },
		});
	});

	it('Team Messaging posts: added and changed as chosen, removals ignored', async () => {
		const post = {
			id: '9001',
			groupId: '7001',
			type: 'TextMessage',
			text: 'Standup in 5',
			creatorId: '101',
			creationTime: new Date().toISOString(),
		};
		const trigger = await activated({ events: ['postAdded'] });
		await rc.emu.publish('/team-messaging/v1/posts', { ...post, eventType: 'PostAdded' });
		await rc.emu.publish('/team-messaging/v1/posts', {
			...post,
			text: 'Standup in 10',
			eventType: 'PostChanged',
		});
		await rc.emu.publish('/team-messaging/v1/posts', { ...post, eventType: 'PostRemoved' });
		expect(trigger.items.map((i) => json(i).event)).toEqual(['postAdded']);
		expect(trigger.requests.filter((r) => r.body?.uuid).map((r) => r.response.status)).toEqual([
			200, 200, 200,
		]);

		trigger.options.parameters = {
			...trigger.options.parameters,
			events: ['postAdded', 'postChanged'],
		};
		await trigger.activate('update');
		await rc.emu.publish('/team-messaging/v1/posts', {
			...post,
			text: 'Standup in 10',
			eventType: 'PostChanged',
		});
		expect(trigger.items.map((i) => json(i).event)).toEqual(['postAdded', 'postChanged']);
		expect(json(trigger.items[1])).toMatchObject({
			eventName: 'Team Messaging Post Changed',
			body: { text: 'Standup in 10', eventType: 'PostChanged' },
		});
	});

	it('Extension Created and Updated', async () => {
		const trigger = await activated({ events: ['extensionCreated', 'extensionUpdated'] });
		await rc.emu.publish('/restapi/v1.0/account/~/extension', {
			extensionId: '105',
			eventType: 'Create',
			ownerId: '101',
		});
		await rc.emu.publish('/restapi/v1.0/account/~/extension', {
			extensionId: '102',
			eventType: 'Update',
			ownerId: '101',
		});
		await rc.emu.publish('/restapi/v1.0/account/~/extension', {
			extensionId: '104',
			eventType: 'Delete',
			ownerId: '101',
		});
		expect(trigger.items.map((i) => [json(i).event, json(i).body.extensionId])).toEqual([
			['extensionCreated', '105'],
			['extensionUpdated', '102'],
		]);
	});

	it('High-Volume SMS Batch Finished, when a batch sent with the Messaging node completes', async () => {
		const trigger = await activated({ events: ['a2pBatchCompleted'] });
		const batch = await runNode({
			nodeType: new RingCentralMessaging(),
			parameters: {
				authentication: 'jwt',
				resource: 'a2pSms',
				operation: 'createBatch',
				from: { __rl: true, mode: 'list', value: '+16505550199' },
				to: '={{ $json.to }}',
				text: 'Sale today',
			},
			items: [{ json: { to: '+14155550101' } }, { json: { to: '+14155550102' } }],
			credentials: rc.credentials,
		});
		expect(batch.error).toBeUndefined();
		const items = await settle(trigger);
		expect(items).toHaveLength(1);
		expect(json(items[0])).toMatchObject({
			event: 'a2pBatchCompleted',
			eventName: 'High-Volume SMS Batch Finished',
			body: { id: batch.items[0].json.id, status: 'Completed', processedCount: 2 },
		});
	});

	it('Custom Event Filters: any filter URI, delivered as a custom event', async () => {
		const trigger = await activated({
			events: ['custom'],
			customFilters: '/restapi/v1.0/account/~/extension/~/message-store?type=Fax',
		});
		inboundFax();
		rc.emu.addInboundSms({ from: '+14155550100', text: 'Not a fax' });
		const items = await settle(trigger);
		expect(items).toHaveLength(1);
		expect(json(items[0])).toMatchObject({
			event: 'custom',
			eventName: 'Custom Event',
			eventFilter: '/restapi/v1.0/account/100000001/extension/101/message-store?type=Fax',
			body: { changes: [{ type: 'Fax', newCount: 1 }] },
		});
	});

	it('keeps the event when enrichment fails, saying why', async () => {
		const trigger = await activated({ events: ['smsSent'] });
		rc.emu.setFault({ operationId: 'readMessage' }, { status: 404 });
		addMessage(rc.emu.state, rc.emu.url, {
			type: 'SMS',
			direction: 'Outbound',
			from: { phoneNumber: '+16505550101' },
			to: [{ phoneNumber: '+14155550100' }],
			subject: 'Sent elsewhere',
		});
		rc.emu.tick();
		const items = await settle(trigger);
		expect(items).toHaveLength(1);
		expect(json(items[0])).toMatchObject({
			event: 'smsSent',
			enrichmentError: expect.stringContaining('not found'),
		});
	});

	it.each([
		['not found', { status: 404 }, 'not found'],
		['a server error', { status: 503 }, ''],
	])(
		'emits the event when its attachments cannot be downloaded (%s), with attachmentError',
		async (_case, fault, words) => {
			const trigger = await activated({
				events: ['smsReceived', 'voicemailReceived'],
				options: { downloadAttachments: true },
			});
			rc.emu.setFault({ operationId: 'readMessageContent' }, fault);
			rc.emu.addInboundSms({
				from: '+14155550100',
				text: 'Photo',
				attachments: [{ contentType: 'image/png', data: PNG, fileName: 'photo.png' }],
			});
			rc.emu.simulateCall({ outcome: 'voicemail', from: '+14155550122' });
			const items = await settle(trigger);
			expect(items.map((i) => json(i).event)).toEqual(['smsReceived', 'voicemailReceived']);
			for (const item of items) {
				expect(json(item).attachmentError).toEqual(expect.stringContaining(words));
				expect(json(item).attachmentError).not.toBe('');
				expect(json(item).enrichmentError).toBeUndefined();
				expect(item.binary).toBeUndefined();
			}
			expect(json(items[0]).body).toMatchObject({ subject: 'Photo' });
		},
	);
});
