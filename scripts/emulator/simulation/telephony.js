// @ts-check
'use strict';
/**
 * Live calls, for Call Control, active calls and RingOut: telephony sessions with their parties (as
 * the Call Control API shows them), the users' devices (phones and softphones that can place, answer
 * or pick up calls), and RingOut calls whose status moves on each time it is read. A call that ends
 * leaves a record in the call log (seed/callLog.js). State lives in `state.telephony`, created on first use.
 */
const crypto = require('crypto');
const { ACCOUNT_ID } = require('../seed/state');
const { addCallLogRecord, extensionOf, ownNumber } = require('../seed/callLog');

/**
 * @typedef {{ phoneNumber?: string, name?: string, extensionId?: string, extensionNumber?: string, deviceId?: string }} PartyInfo
 * @typedef {{ id: string, extensionId?: string, accountId?: string, direction: 'Inbound' | 'Outbound', from: PartyInfo, to: PartyInfo,
 *   status: { code: string, reason?: string, rcc?: boolean }, muted: boolean, standAlone: boolean, owner?: { accountId: string, extensionId: string },
 *   park?: { id?: string }, recordings: Array<{ id: string, active: boolean }>, attributes?: { queueCall?: boolean, emergencyCallback?: boolean } }} Party
 * @typedef {{ id: string, origin: { type: string }, creationTime: string, parties: Party[], _startedAt: number,
 *   _answeredAt?: number, _logged?: boolean }} Session
 * @typedef {{ id: string, extensionId: string, from: string, to: string, callerId?: string, creationTime: string,
 *   _reads: number, _cancelled?: boolean, _logged?: boolean, status: { callStatus: string, callerStatus: string, calleeStatus: string } }} RingOut
 * @typedef {{ afterReads?: number, callStatus?: string, callerStatus?: string, calleeStatus?: string }} RingOutScript
 */

/** @param {any} state */
function telephonyOf(state) {
	if (!state.telephony) {
		state.telephony = {
			/** @type {Session[]} */ sessions: [],
			/** @type {RingOut[]} */ ringOuts: [],
			devices: seedDevices(state),
			/** @type {Record<string, RingOutScript>} how a RingOut to a number ends (default: answered after one status read) */
			ringOutScript: {},
			/** Seconds sent as `Retry-After` with a RingOut status that is still in progress (0: none). */
			ringOutRetryAfter: 0,
			nextPark: 801,
		};
		seedSessions(state);
	}
	return state.telephony;
}

/** Alice has a desk phone and a softphone, Bob a desk phone. @param {any} state */
function seedDevices(state) {
	const api = `/restapi/v1.0/account/${ACCOUNT_ID}`;
	/** @param {string} id @param {string} extensionId @param {string} name @param {string} type @param {string} model */
	const device = (id, extensionId, name, type, model) => ({
		id,
		uri: `${state.baseUrl || ''}${api}/device/${id}`,
		sku: type === 'SoftPhone' ? 'DV-1' : 'HP-1',
		type,
		name,
		status: 'Online',
		serial: `SN${id}`,
		model: { id: '1', name: model, features: ['BLA', 'Intercom', 'Paging'] },
		extension: {
			id: Number(extensionId),
			uri: `${state.baseUrl || ''}${api}/extension/${extensionId}`,
			extensionNumber: extensionId,
		},
		phoneLines: [],
		linePooling: 'None',
	});
	return [
		device('800000101', '101', 'Alice desk phone', 'HardPhone', 'Polycom VVX 450'),
		device('800000102', '101', 'Alice softphone', 'SoftPhone', 'RingCentral Phone'),
		device('800000201', '102', 'Bob desk phone', 'HardPhone', 'Polycom VVX 250'),
	];
}

/** One call in progress for the demo: Jane talking to Alice. @param {any} state */
function seedSessions(state) {
	startCall(state, {
		extensionId: '101',
		from: '+14155550111',
		fromName: 'Jane Customer',
		status: 'Answered',
		startedSecondsAgo: 120,
	});
}

/** @param {any} state @param {string} extensionId @returns {PartyInfo} */
function meOf(state, extensionId) {
	const ext = extensionOf(state, extensionId);
	return {
		phoneNumber: ownNumber(state, extensionId),
		name: ext && ext.name,
		extensionId: String(extensionId),
		extensionNumber: ext && ext.extensionNumber,
	};
}

/**
 * A party of a session for an extension (or an outside party without one).
 * @param {any} state @param {{ extensionId?: string, direction: 'Inbound' | 'Outbound', from: PartyInfo, to: PartyInfo, code: string, queueCall?: boolean }} o
 * @returns {Party}
 */
function newParty(state, o) {
	return {
		id: `p-${crypto.randomBytes(6).toString('hex')}`,
		...(o.extensionId
			? {
					extensionId: String(o.extensionId),
					accountId: state.accountId,
					owner: { accountId: state.accountId, extensionId: String(o.extensionId) },
				}
			: {}),
		direction: o.direction,
		from: o.from,
		to: o.to,
		status: { code: o.code, rcc: false },
		muted: false,
		standAlone: false,
		recordings: [],
		...(o.queueCall ? { attributes: { queueCall: true, emergencyCallback: false } } : {}),
	};
}

/**
 * Starts a call: an inbound call ringing (`Proceeding`) or answered at an extension, or an outbound call.
 * @param {any} state
 * @param {{ extensionId?: string, from?: string, fromName?: string, to?: string, direction?: 'Inbound' | 'Outbound',
 *   status?: 'Proceeding' | 'Answered' | 'Setup', queueCall?: boolean, startedSecondsAgo?: number }} [o]
 * @returns {Session}
 */
function startCall(state, o = {}) {
	const telephony = telephonyOf(state);
	const extensionId = String(o.extensionId || state.defaultExtensionId);
	const direction = o.direction || 'Inbound';
	const me = meOf(state, extensionId);
	const peer = {
		phoneNumber: direction === 'Inbound' ? o.from || '+14155550111' : o.to || '+14155550111',
		...(o.fromName ? { name: o.fromName } : {}),
	};
	const code = o.status || 'Proceeding';
	const startedAt = Date.now() - (o.startedSecondsAgo || 0) * 1000;
	/** @type {Session} */
	const session = {
		id: `s-${crypto.randomBytes(8).toString('hex')}`,
		origin: { type: 'Call' },
		creationTime: new Date(startedAt).toISOString(),
		parties: [
			newParty(state, {
				extensionId,
				direction,
				from: direction === 'Inbound' ? peer : me,
				to: direction === 'Inbound' ? me : peer,
				code,
				queueCall: o.queueCall,
			}),
		],
		_startedAt: startedAt,
		...(code === 'Answered' ? { _answeredAt: startedAt } : {}),
	};
	telephony.sessions.push(session);
	return session;
}

/** A session's parties that are still on the call. @param {Session} session */
function liveParties(session) {
	return session.parties.filter((p) => !['Disconnected', 'Gone'].includes(p.status.code));
}

/**
 * Ends a session once no party is left on it, with its call log record. @param {any} state @param {Session} session @param {string} [result]
 */
function settleSession(state, session, result) {
	if (liveParties(session).length > 0 || session._logged) return;
	session._logged = true;
	const telephony = telephonyOf(state);
	telephony.sessions = telephony.sessions.filter((/** @type {Session} */ s) => s !== session);
	const party = session.parties.find((p) => p.extensionId) || session.parties[0];
	const peer = party.direction === 'Inbound' ? party.from : party.to;
	const durationSec = session._answeredAt
		? Math.max(0, Math.round((Date.now() - session._answeredAt) / 1000))
		: 0;
	addCallLogRecord(state, state.baseUrl, {
		extensionId: party.extensionId,
		direction: party.direction,
		peer: { phoneNumber: peer.phoneNumber || '', ...(peer.name ? { name: peer.name } : {}) },
		result:
			result ||
			(session._answeredAt
				? party.direction === 'Inbound'
					? 'Accepted'
					: 'Call connected'
				: 'Missed'),
		startTime: session._startedAt,
		durationSec,
		telephonySessionId: session.id,
		...(party.recordings.length ? { recording: 'OnDemand' } : {}),
	});
}

/**
 * The current status of a RingOut: in progress until it has been read `afterReads` times, then what the
 * script for its "to" number says (answered by default). A finished RingOut leaves a call log record.
 * @param {any} state @param {RingOut} ringOut
 */
function advanceRingOut(state, ringOut) {
	if (ringOut._cancelled) return;
	const script = telephonyOf(state).ringOutScript[ringOut.to] || {};
	const afterReads = script.afterReads === undefined ? 1 : script.afterReads;
	if (ringOut._reads < afterReads) {
		ringOut.status = {
			callStatus: 'InProgress',
			callerStatus: ringOut._reads === 0 ? 'InProgress' : 'Success',
			calleeStatus: 'InProgress',
		};
		return;
	}
	const callStatus = script.callStatus || 'Success';
	ringOut.status = {
		callStatus,
		callerStatus: script.callerStatus || 'Success',
		calleeStatus: script.calleeStatus || (callStatus === 'Success' ? 'Success' : callStatus),
	};
	if (!ringOut._logged) {
		ringOut._logged = true;
		addCallLogRecord(state, state.baseUrl, {
			extensionId: ringOut.extensionId,
			direction: 'Outbound',
			peer: { phoneNumber: ringOut.to },
			result:
				callStatus === 'Success'
					? 'Call connected'
					: callStatus === 'Busy'
						? 'Busy'
						: callStatus === 'NoAnswer'
							? 'No Answer'
							: 'Call Failed',
			startTime: Date.parse(ringOut.creationTime),
			durationSec: 0,
		});
		const record = state.callLog[state.callLog.length - 1];
		record.action = 'RingOut Web';
		record.internalType = 'RingOut';
	}
}

module.exports = {
	telephonyOf,
	startCall,
	liveParties,
	settleSession,
	advanceRingOut,
	meOf,
	newParty,
	ownNumber,
};
