/**
 * The presets that read what changed (SMS status, fax sent, voicemail transcription, RingSense insights),
 * the ones delivered as they are (opt-outs, outbound calls), and webinar sessions with their own
 * subscription on the webinar subscription API.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { addMessage } from '../../scripts/emulator/seed/state';
import { useEmulator } from '../support/ringcentral';
import type { Trigger } from './support';
import { useTriggers } from './support';

const json = (item: INodeExecutionData) => item.json as IDataObject & { body: IDataObject };
const YEAR = 365 * 24 * 3600;
const MINUTE = 60 * 1000;

describe('RingCentral Trigger: more event presets', () => {
	const rc = useEmulator();
	const start = useTriggers(rc);

	const activated = async (parameters: Record<string, unknown>) => {
		const trigger = await start(parameters);
		await trigger.activate();
		return trigger;
	};
	const voicemailOf = (call: { message?: IDataObject }) => {
		if (!call.message) throw new Error('the call left no voicemail');
		return call.message;
	};
	const settle = async (trigger: Trigger) => {
		await start.settled();
		return trigger.items;
	};
	/** An outbound message that stays Queued until the test moves it on. */
	const queued = (type: 'SMS' | 'Fax', to = '+14155550100') => {
		const message = addMessage(rc.emu.state, rc.emu.url, {
			type,
			direction: 'Outbound',
			from: { phoneNumber: '+16505550101' },
			to: [{ phoneNumber: to }],
			subject: type === 'SMS' ? 'Your code is 1234' : 'Contract',
			messageStatus: 'Queued',
			_sendAt: Date.now() + 3600 * 1000,
		});
		rc.emu.tick();
		return message;
	};
	const requestsOf = (operationId: string) =>
		rc.emu.requestsFor(operationId).map((r: { status: number }) => r.status);

	it('SMS Delivery Status Changed: one item per status change; SMS Sent stays as it was', async () => {
		const trigger = await activated({ events: ['smsDeliveryStatus', 'smsSent'] });
		const message = queued('SMS');
		await settle(trigger);
		rc.emu.setMessageStatus(message, 'Sent');
		await settle(trigger);
		rc.emu.setMessageStatus(message, 'Delivered');
		const items = await settle(trigger);
		const statusItems = items.filter((i) => json(i).event === 'smsDeliveryStatus');
		expect(statusItems.map((i) => [json(i).messageId, json(i).messageStatus])).toEqual([
			[String(message.id), 'Queued'],
			[String(message.id), 'Sent'],
			[String(message.id), 'Delivered'],
		]);
		expect(json(statusItems[2])).toMatchObject({
			eventName: 'SMS Delivery Status Changed',
			message: { id: message.id, direction: 'Outbound', subject: 'Your code is 1234' },
			body: { changes: [{ type: 'SMS', updatedCount: 1 }] },
		});
		// "SMS Sent" still gets every delivery of its filter, completed with the new messages only.
		const sentItems = items.filter((i) => json(i).event === 'smsSent');
		expect(sentItems.map((i) => (json(i).messages as IDataObject[]).length)).toEqual([1, 0, 0]);
		expect(rc.emu.violations).toEqual([]);
	});

	it('SMS Delivery Status Changed: only the chosen statuses, each message once', async () => {
		const trigger = await activated({
			events: ['smsDeliveryStatus'],
			smsStatuses: ['Delivered', 'DeliveryFailed'],
		});
		const delivered = queued('SMS');
		const failed = queued('SMS', '+14155550999');
		await settle(trigger);
		rc.emu.setMessageStatus(delivered, 'Sent');
		rc.emu.setMessageStatus(failed, 'Sent');
		await settle(trigger);
		rc.emu.setMessageStatus(delivered, 'Delivered');
		rc.emu.setMessageStatus(failed, 'DeliveryFailed');
		const items = await settle(trigger);
		expect(items.map((i) => [json(i).messageId, json(i).messageStatus])).toEqual([
			[String(delivered.id), 'Delivered'],
			[String(failed.id), 'DeliveryFailed'],
		]);
		expect(json(items[1]).message).toMatchObject({ deliveryErrorCode: 'SMS-CAR-413' });
	});

	it('SMS Opt-Out / Opt-In: each consent change as RingCentral sends it', async () => {
		const trigger = await activated({ events: ['smsOptOut'] });
		await rc.emu.smsConsentChanged({ from: '+16505550199', to: '+14155550100', status: 'OptOut' });
		await rc.emu.smsConsentChanged({ from: '+16505550199', to: '+14155550100', status: 'OptIn' });
		const items = await settle(trigger);
		expect(items.map((i) => [json(i).event, json(i).body.status])).toEqual([
			['smsOptOut', 'OptOut'],
			['smsOptOut', 'OptIn'],
		]);
		expect(json(items[0])).toMatchObject({
			eventName: 'SMS Opt-Out / Opt-In',
			eventFilter: '/restapi/v1.0/account/100000001/a2p-sms/opt-outs',
			body: { from: '+16505550199', to: '+14155550100', source: 'Recipient' },
		});
	});

	it('Fax Sent: an outbound fax once it is sent, not a failed one', async () => {
		const trigger = await activated({ events: ['faxSent'] });
		const sent = queued('Fax');
		const failing = queued('Fax', '+14155550999');
		await settle(trigger);
		expect(trigger.items).toEqual([]);
		rc.emu.setMessageStatus(sent, 'Sent');
		rc.emu.setMessageStatus(failing, 'SendingFailed');
		const items = await settle(trigger);
		expect(items).toHaveLength(1);
		expect(json(items[0])).toMatchObject({
			event: 'faxSent',
			eventName: 'Fax Sent',
			messageId: String(sent.id),
			messageStatus: 'Sent',
			message: { type: 'Fax', direction: 'Outbound', to: [{ phoneNumber: '+14155550100' }] },
		});
	});

	it('Outbound Call: calls placed by the user, once each, not inbound ones', async () => {
		const trigger = await activated({ events: ['outboundCall'] });
		const outbound = rc.emu.simulateCall({ direction: 'Outbound', from: '+14155550111' });
		await outbound.delivered;
		const inbound = rc.emu.simulateCall({ from: '+14155550122' });
		await inbound.delivered;
		const items = await settle(trigger);
		expect(items).toHaveLength(1);
		expect(json(items[0])).toMatchObject({
			event: 'outboundCall',
			eventName: 'Outbound Call',
			body: {
				telephonySessionId: outbound.telephonySessionId,
				parties: [
					{
						direction: 'Outbound',
						to: { phoneNumber: '+14155550111' },
						status: { code: 'Proceeding' },
					},
				],
			},
		});
	});

	it('Voicemail Transcribed: waits for the transcription and outputs its text', async () => {
		const trigger = await activated({ events: ['voicemailTranscribed'] });
		const call = rc.emu.simulateCall({
			outcome: 'voicemail',
			from: '+14155550111',
			vmTranscriptionStatus: 'InProgress',
		});
		expect(await settle(trigger)).toEqual([]);
		rc.emu.transcribeVoicemail(voicemailOf(call), {
			text: 'Hi, please call me back about the order.',
		});
		const items = await settle(trigger);
		expect(items).toHaveLength(1);
		expect(json(items[0])).toMatchObject({
			event: 'voicemailTranscribed',
			eventName: 'Voicemail Transcribed',
			messageId: String(voicemailOf(call).id),
			transcriptionStatus: 'Completed',
			transcription: 'Hi, please call me back about the order.',
			transcriptionTimedOut: false,
			message: { type: 'VoiceMail', from: { phoneNumber: '+14155550111' } },
		});
		expect(json(items[0]).transcriptionCheckedAt).toBeUndefined();
	});

	it('Voicemail Transcribed: a transcription not ready within the wait is reported as timed out, once', async () => {
		const trigger = await activated({
			events: ['voicemailTranscribed'],
			options: { transcriptionWaitMinutes: 5 },
		});
		const slow = rc.emu.simulateCall({ outcome: 'voicemail', vmTranscriptionStatus: 'InProgress' });
		expect(await settle(trigger)).toEqual([]);
		// Compressed time: the voicemail's wait runs out within the next second.
		voicemailOf(slow).creationTime = new Date(Date.now() - 5 * MINUTE + 500).toISOString();
		await sleep(800);
		rc.emu.simulateCall({ outcome: 'voicemail', vmTranscriptionStatus: 'InProgress' });
		const items = await settle(trigger);
		expect(items).toHaveLength(1);
		expect(json(items[0])).toMatchObject({
			event: 'voicemailTranscribed',
			messageId: String(voicemailOf(slow).id),
			transcriptionStatus: 'InProgress',
			transcriptionTimedOut: true,
		});
		expect(json(items[0]).transcription).toBeUndefined();
		// Finishing late reports nothing more.
		rc.emu.transcribeVoicemail(voicemailOf(slow), { text: 'Too late' });
		expect(await settle(trigger)).toHaveLength(1);
	});

	it('Call Insights Ready: summary, next steps, AI score and transcript from RingSense', async () => {
		const trigger = await activated({ events: ['callInsightsReady'] });
		const { record, delivered } = rc.emu.addCallInsights({
			insights: {
				Summary: [{ value: 'The customer asked to renew for two years.', start: 0, end: 40 }],
				NextSteps: [{ speakerId: 'p-1', value: 'Send the renewal quote', start: 50, end: 55 }],
				AIScore: [{ value: '8' }],
				Transcript: [
					{ speakerId: 'p-1', text: 'Thanks for calling.', start: 0, end: 2 },
					{ speakerId: 'p-2', text: 'I would like to renew.', start: 2, end: 5 },
				],
			},
		});
		await delivered;
		const items = await settle(trigger);
		expect(items).toHaveLength(1);
		expect(json(items[0])).toMatchObject({
			event: 'callInsightsReady',
			eventName: 'Call Insights Ready',
			body: { sourceRecordId: record.sourceRecordId, domain: 'pbx' },
			summary: 'The customer asked to renew for two years.',
			nextSteps: ['Send the renewal quote'],
			aiScore: 8,
			transcriptText: 'Alice Agent: Thanks for calling.\n+14155550111: I would like to renew.',
			insights: { sourceSessionId: record.sourceSessionId, ownerExtensionId: '101' },
		});
		expect(json(items[0]).sentiment).toBeUndefined();
		expect(requestsOf('getRecordingInsights')).toEqual([200]);
		expect(rc.emu.violations).toEqual([]);
	});

	it('Webinar Session Started / Ended: a webinar subscription only, each session change as chosen', async () => {
		const trigger = await activated({ events: ['webinarSessionStarted', 'webinarSessionEnded'] });
		expect(requestsOf('createSubscription')).toEqual([]);
		expect(requestsOf('rcwN11sCreateSubscription')).toEqual([201]);
		const [subscription] = rc.emu.subscriptions.all();
		expect(subscription).toMatchObject({
			_api: 'webinar',
			eventFilters: ['/webinar/configuration/v1/company/sessions'],
		});
		const started = rc.emu.webinarSessionChanged({ status: 'Active', sessionId: 'ses-1' });
		await started.delivered;
		await rc.emu.webinarSessionChanged({ status: 'Scheduled' as never }).delivered;
		await rc.emu.webinarSessionChanged({ status: 'Finished', sessionId: 'ses-1' }).delivered;
		const items = await settle(trigger);
		expect(items.map((i) => [json(i).event, json(i).body.id])).toEqual([
			['webinarSessionStarted', 'ses-1'],
			['webinarSessionEnded', 'ses-1'],
		]);
		expect(json(items[0])).toMatchObject({
			eventName: 'Webinar Session Started',
			subscriptionId: subscription.id,
			body: { status: 'Active', webinar: { title: 'Quarterly product update' } },
		});
		expect((await trigger.checkExists()) as boolean).toBe(true);
		await trigger.deactivate();
		expect(requestsOf('rcwN11sDeleteSubscription')).toEqual([204]);
		expect(rc.emu.subscriptions.all()).toEqual([]);
	});

	it('the webinar subscription is renewed, survives expiry and is deleted with the main one', async () => {
		const trigger = await activated({ events: ['smsReceived', 'webinarSessionEnded'] });
		const state = () => trigger.nodeStaticData as IDataObject & { webinar: IDataObject };
		const webinarId = String(state().webinar.subscriptionId);
		const mainId = String(state().subscriptionId);
		expect(rc.emu.subscriptions.all().map((s: { id: string }) => s.id)).toEqual([
			webinarId,
			mainId,
		]);
		// Half of its lifetime passed: the periodic check renews it.
		rc.emu.subscriptions.age(webinarId, 6 * YEAR);
		await trigger.tick();
		expect(requestsOf('rcwN11sRenewSubscription')).toEqual([200]);
		expect(trigger.triggerErrors).toEqual([]);
		// Expired (gone): the periodic check makes both again and says so.
		rc.emu.subscriptions.age(webinarId, 11 * YEAR);
		await trigger.tick();
		expect(trigger.triggerErrors.map((e) => e.message)).toEqual([
			expect.stringContaining(`The RingCentral subscription ${webinarId} (webinar events)`),
		]);
		const replacement = String(state().webinar.subscriptionId);
		expect(replacement).not.toBe(webinarId);
		expect(rc.emu.subscriptions.get(replacement)).toMatchObject({ status: 'Active' });
		await rc.emu.webinarSessionChanged({ status: 'Finished' }).delivered;
		rc.emu.addInboundSms({ from: '+14155550100', text: 'still here' });
		const items = await settle(trigger);
		expect(items.map((i) => json(i).event)).toEqual(['webinarSessionEnded', 'smsReceived']);
		// Expired while n8n was down: activation finds it gone and makes it again.
		rc.emu.subscriptions.age(replacement, 11 * YEAR);
		expect(await trigger.checkExists('init')).toBe(false);
		await trigger.create('init');
		expect(String(state().webinar.subscriptionId)).not.toBe(replacement);
		await trigger.deactivate();
		expect(rc.emu.subscriptions.all()).toEqual([]);
		expect(rc.emu.violations).toEqual([]);
	});
});
