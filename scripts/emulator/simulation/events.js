// @ts-check
'use strict';
/**
 * State changes that RingCentral announces by notification, for the tests to cause: SMS and fax status
 * updates and voicemail transcriptions (message-store changes, sent by `scan()`), SMS consent changes
 * (opt-out / opt-in), RingSense insights becoming ready, webinar sessions starting and ending.
 */
const crypto = require('crypto');
const { iso } = require('../seed/state');
const { insightsOf } = require('../routes/ringSense');

/**
 * A change of a message: a new `lastModifiedTime` (later than the last change made here, so each change
 * has its own and its event names it in `lastUpdated`) and a new change sequence; then the message-store
 * events go out.
 * @param {any} emu @param {any} message
 */
function touch(emu, message) {
	const state = emu.state;
	const previous = Math.max(Date.parse(message.lastModifiedTime || '') || 0, state._lastTouch || 0);
	// Milliseconds, as RingCentral dates message changes; changes made in one go stay a millisecond apart.
	state._lastTouch = Math.max(Date.now(), previous + 1);
	message.lastModifiedTime = new Date(state._lastTouch).toISOString();
	message._seq = ++emu.state.seq;
	emu.notifications.scan();
}

/**
 * An outbound SMS or fax moves on: Queued, Sent, Delivered, DeliveryFailed or SendingFailed.
 * @param {any} emu @param {any} message @param {string} status
 */
function setMessageStatus(emu, message, status) {
	message.messageStatus = status;
	for (const to of message.to || []) if (to.messageStatus) to.messageStatus = status;
	if (status === 'DeliveryFailed' || status === 'SendingFailed')
		message.deliveryErrorCode = message.type === 'Fax' ? 'NoAnswer' : 'SMS-CAR-413';
	if (status === 'Delivered' && message.type === 'SMS') message.smsDeliveryTime = iso(Date.now());
	touch(emu, message);
}

/**
 * A voicemail's transcription moves on (`InProgress`, then `Completed`, `CompletedPartially`, `Failed`...);
 * with `text`, the transcription is added as an `AudioTranscription` attachment (text/plain).
 * @param {any} emu @param {any} message @param {{ status?: string, text?: string }} o
 */
function transcribeVoicemail(emu, message, o) {
	const state = emu.state;
	message.vmTranscriptionStatus = o.status || 'Completed';
	if (o.text !== undefined) {
		const id = state.nextId++;
		const data = Buffer.from(o.text);
		state.contents[id] = { data, contentType: 'text/plain', fileName: 'transcription.txt' };
		message.attachments = [
			...(message.attachments || []).filter(
				(/** @type {any} */ a) => a.type !== 'AudioTranscription',
			),
			{
				id,
				uri: `${message.uri}/content/${id}`,
				type: 'AudioTranscription',
				contentType: 'text/plain',
				size: data.length,
			},
		];
	}
	touch(emu, message);
}

/**
 * A recipient opted out of (or back into) SMS from one of the account's numbers: the A2P consent event.
 * @param {any} emu @param {{ from: string, to: string, status: 'OptOut' | 'OptIn', source?: string }} o
 */
function smsConsentChanged(emu, o) {
	const body = {
		from: o.from,
		to: o.to,
		status: o.status,
		source: o.source || 'Recipient',
		lastModifiedTime: iso(Date.now()),
	};
	return emu.notifications.publish('/restapi/v1.0/account/~/a2p-sms/opt-outs', body, {
		params: { from: o.from },
	});
}

/**
 * RingSense finished a recording: its insights can be read (`getRecordingInsights`) and the event goes out
 * (the recording's identity; the insights themselves are read from the insights endpoint).
 * @param {any} emu
 * @param {{ sourceRecordId?: string, sourceSessionId?: string, extensionId?: string, callDirection?: 'Inbound' | 'Outbound',
 *   title?: string, insights?: Record<string, any[]>, speakerInfo?: any[] }} [o]
 */
function addCallInsights(emu, o = {}) {
	const state = emu.state;
	const now = iso(Date.now());
	const sourceSessionId = o.sourceSessionId || `s-${crypto.randomBytes(8).toString('hex')}`;
	const record = {
		title: o.title || 'Call from +14155550111 to +16505550101',
		domain: 'pbx',
		sourceRecordId: o.sourceRecordId || String(crypto.randomInt(1e9, 2e9)),
		sourceSessionId,
		rsRecordUri: `https://ringsense.ringcentral.com/calls/${sourceSessionId}`,
		callDirection: o.callDirection || 'Inbound',
		ownerExtensionId: String(o.extensionId || state.defaultExtensionId),
		recordingDurationMs: 112000,
		recordingStartTime: iso(Date.now() - 180000),
		creationTime: now,
		lastModifiedTime: now,
		speakerInfo: o.speakerInfo || [
			{ speakerId: 'p-1', name: 'Alice Agent', extensionId: String(state.defaultExtensionId) },
			{ speakerId: 'p-2', phoneNumber: '+14155550111' },
		],
		insights: o.insights || {},
	};
	insightsOf(state)[`pbx/${record.sourceRecordId}`] = record;
	const { insights, speakerInfo, ...event } = record;
	const delivered = emu.notifications.publish(
		'/ai/ringsense/v1/public/accounts/~/domains/pbx/records',
		{ ...event, accountId: String(state.accountId), eventType: 'InsightsReady' },
		{ extensionId: record.ownerExtensionId },
	);
	return { record, delivered };
}

/**
 * A webinar session starts (`Active`) or ends (`Finished`): the webinar event, for webinar subscriptions.
 * @param {any} emu
 * @param {{ sessionId?: string, webinarId?: string, webinarTitle?: string, status: 'Active' | 'Finished', scheduledDuration?: number }} o
 */
function webinarSessionChanged(emu, o) {
	const now = Date.now();
	const session = {
		id: o.sessionId || `ses-${crypto.randomBytes(6).toString('hex')}`,
		webinar: {
			id: o.webinarId || `web-${crypto.randomBytes(6).toString('hex')}`,
			title: o.webinarTitle || 'Quarterly product update',
		},
		status: o.status,
		scheduledStartTime: iso(now - 60000),
		scheduledDuration: o.scheduledDuration || 3600,
		timeZone: 'America/Los_Angeles',
		lastModifiedTime: iso(now),
	};
	return {
		session,
		delivered: emu.notifications.publish('/webinar/configuration/v1/company/sessions', session),
	};
}

module.exports = {
	setMessageStatus,
	transcribeVoicemail,
	smsConsentChanged,
	addCallInsights,
	webinarSessionChanged,
};
