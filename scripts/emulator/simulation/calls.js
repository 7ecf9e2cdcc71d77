// @ts-check
'use strict';
/**
 * Simulated calls: a call that rings, connects and ends, publishing telephony-session and presence
 * events, then leaving its call log record (seed/callLog.js) and, for a voicemail, a message.
 */
const crypto = require('crypto');
const { addMessage, iso, WAV, ACCOUNT_ID } = require('../seed/state');
const { addCallLogRecord, extensionOf, ownNumber } = require('../seed/callLog');

/**
 * A call as it happens: telephony-session events (Setup, Proceeding = ringing, Answered, Disconnected),
 * presence changes, then the call log record (with a recording, whose media is ready after
 * `recordingDelayMs`) and, for `voicemail`, a voicemail in the store.
 * @param {any} emu
 * @param {{ extensionId?: string, from?: string, fromName?: string, direction?: 'Inbound' | 'Outbound',
 *   outcome?: 'answered' | 'missed' | 'voicemail', durationSec?: number, recorded?: boolean, recordingDelayMs?: number,
 *   endedSecondsAgo?: number, vmTranscriptionStatus?: string }} [o]
 */
function simulateCall(emu, o = {}) {
	const state = emu.state;
	const extensionId = String(o.extensionId || state.defaultExtensionId);
	const ext = extensionOf(state, extensionId);
	const direction = o.direction || 'Inbound';
	const outcome = o.outcome || 'answered';
	const peer = {
		phoneNumber: o.from || '+14155550111',
		...(o.fromName ? { name: o.fromName } : {}),
	};
	const me = { phoneNumber: ownNumber(state, extensionId), name: ext && ext.name, extensionId };
	const telephonySessionId = `s-${crypto.randomBytes(8).toString('hex')}`;
	const partyId = `p-${crypto.randomBytes(6).toString('hex')}`;
	const durationSec =
		outcome === 'answered' ? (o.durationSec === undefined ? 60 : o.durationSec) : 0;
	let sequence = 0;
	/** @type {Promise<any>[]} */
	const deliveries = [];

	/** @param {string} code @param {boolean} missed */
	const session = (code, missed) => {
		const body = {
			sequence: ++sequence,
			sessionId: String(Date.now()),
			telephonySessionId,
			serverId: 'emulator.ringcentral',
			eventTime: new Date().toISOString(),
			origin: { type: 'Call' },
			parties: [
				{
					accountId: ACCOUNT_ID,
					extensionId,
					id: partyId,
					direction,
					from: direction === 'Inbound' ? peer : me,
					to: direction === 'Inbound' ? me : peer,
					status: { code, rcc: false },
					missedCall: missed,
					standAlone: false,
					muted: false,
				},
			],
			ownerId: extensionId,
		};
		const params = { direction, statusCode: code, missedCall: String(missed) };
		deliveries.push(
			emu.notifications.publish(
				`/restapi/v1.0/account/~/extension/${extensionId}/telephony/sessions`,
				body,
				{ extensionId, params },
			),
		);
		deliveries.push(
			emu.notifications.publish('/restapi/v1.0/account/~/telephony/sessions', body, {
				extensionId,
				params,
			}),
		);
	};
	/** @param {string} telephonyStatus */
	const presence = (telephonyStatus) => {
		const body = {
			extensionId,
			telephonyStatus,
			presenceStatus: telephonyStatus === 'NoCall' ? 'Available' : 'Busy',
			userStatus: 'Available',
			dndStatus: 'TakeAllCalls',
			meetingStatus: 'Disconnected',
			sequence: ++sequence,
			ownerId: extensionId,
			activeCalls:
				telephonyStatus === 'NoCall'
					? []
					: [
							{
								id: partyId,
								direction,
								from: direction === 'Inbound' ? peer.phoneNumber : me.phoneNumber,
								to: direction === 'Inbound' ? me.phoneNumber : peer.phoneNumber,
								telephonyStatus,
								telephonySessionId,
							},
						],
		};
		deliveries.push(
			emu.notifications.publish(`/restapi/v1.0/account/~/extension/${extensionId}/presence`, body, {
				extensionId,
			}),
		);
		deliveries.push(
			emu.notifications.publish('/restapi/v1.0/account/~/presence', body, { extensionId }),
		);
	};

	session('Setup', false);
	session('Proceeding', false);
	presence('Ringing');
	if (outcome === 'answered') {
		session('Answered', false);
		presence('CallConnected');
	} else if (outcome === 'voicemail') {
		session('Voicemail', true);
	}
	session('Disconnected', outcome !== 'answered');
	presence('NoCall');

	const endedAgo = (o.endedSecondsAgo || 0) * 1000;
	let message;
	if (outcome === 'voicemail') {
		message = addMessage(
			state,
			emu.url,
			{
				type: 'VoiceMail',
				direction: 'Inbound',
				from: peer,
				to: [me],
				subject: `Voice Message from ${peer.name || peer.phoneNumber}`,
				readStatus: 'Unread',
				// 'InProgress' where voicemail-to-text is on (emu.transcribeVoicemail completes it).
				vmTranscriptionStatus: o.vmTranscriptionStatus || 'NotAvailable',
				creationTime: iso(Date.now() - endedAgo),
			},
			[
				{
					type: 'AudioRecording',
					contentType: 'audio/wav',
					data: WAV,
					fileName: 'voicemail.wav',
					vmDuration: 8,
				},
			],
			extensionId,
		);
	}
	const record = addCallLogRecord(state, emu.url, {
		extensionId,
		direction,
		peer,
		durationSec: outcome === 'voicemail' ? 8 : durationSec,
		result:
			outcome === 'answered'
				? direction === 'Inbound'
					? 'Accepted'
					: 'Call connected'
				: outcome === 'voicemail'
					? 'Voicemail'
					: 'Missed',
		startTime: Date.now() - endedAgo - (outcome === 'voicemail' ? 8 : durationSec) * 1000,
		telephonySessionId,
		recording: o.recorded ? 'Automatic' : undefined,
		recordingReadyAt:
			Date.now() +
			(o.recordingDelayMs === undefined ? emu.options.recordingDelayMs : o.recordingDelayMs),
		message,
	});
	emu.notifications.scan();
	return { telephonySessionId, record, message, delivered: Promise.all(deliveries) };
}

module.exports = { simulateCall };
