// @ts-check
'use strict';
/**
 * Call Control (`/telephony/...`), active calls, devices and call flip numbers, over the live sessions of
 * telephony.js. Party actions change the party's status as RingCentral does (hold → Hold, answer →
 * Answered, transfer → Disconnected/BlindTransfer, park → Parked with an orbit, ...); an action the
 * party's state does not allow answers 409; a session whose last party left is gone (404) and in the
 * call log.
 */
const crypto = require('crypto');
const { ApiError, paginate, list, first } = require('../core/http');
const { publicRecord } = require('../seed/state');
const {
	telephonyOf,
	startCall,
	liveParties,
	settleSession,
	meOf,
	newParty,
} = require('../simulation/telephony');
const { isAdmin } = require('../seed/callLog');

/** @param {any} ctx */
function findSession(ctx) {
	const session = telephonyOf(ctx.state).sessions.find(
		(/** @type {any} */ s) => s.id === ctx.params.telephonySessionId,
	);
	if (!session)
		throw new ApiError(404, 'CMN-102', 'Resource for parameter [telephonySessionId] is not found', {
			parameterName: 'telephonySessionId',
			parameterValue: ctx.params.telephonySessionId,
		});
	const mine = session.parties.some(
		(/** @type {any} */ p) => p.extensionId === ctx.auth.extensionId,
	);
	if (!mine && !isAdmin(ctx.state, ctx.auth.extensionId))
		throw new ApiError(403, 'CMN-404', 'Attempt to control a call of another extension');
	return session;
}

/** @param {any} ctx */
function findParty(ctx) {
	const session = findSession(ctx);
	const party = session.parties.find((/** @type {any} */ p) => p.id === ctx.params.partyId);
	if (!party)
		throw new ApiError(404, 'CMN-102', 'Resource for parameter [partyId] is not found', {
			parameterName: 'partyId',
			parameterValue: ctx.params.partyId,
		});
	return { session, party };
}

/** @param {any} party @param {string[]} allowed @param {string} action */
function requireStatus(party, allowed, action) {
	if (!allowed.includes(party.status.code)) {
		throw new ApiError(
			409,
			'TAS-409',
			`Cannot ${action} a call party in status ${party.status.code}`,
			{ parameterName: 'partyId', parameterValue: party.id },
		);
	}
}

/** The user's device with this id. @param {any} ctx @param {unknown} deviceId @param {string} field */
function ownDevice(ctx, deviceId, field) {
	const device = telephonyOf(ctx.state).devices.find(
		(/** @type {any} */ d) => d.id === String(deviceId),
	);
	if (
		!device ||
		(String(device.extension.id) !== ctx.auth.extensionId &&
			!isAdmin(ctx.state, ctx.auth.extensionId))
	) {
		throw new ApiError(
			400,
			'CMN-101',
			`Parameter [${field}] value is invalid: no such device of the extension`,
			{ parameterName: field, parameterValue: String(deviceId) },
		);
	}
	return device;
}

/** @param {any} party */
const partyView = (party) => publicRecord(party);
/** @param {any} session */
const sessionView = (session) =>
	publicRecord({
		id: session.id,
		origin: session.origin,
		creationTime: session.creationTime,
		parties: session.parties,
	});

/** Ends a party (and the session with it when nobody is left). @param {any} ctx @param {any} session @param {any} party @param {string} [reason] */
function disconnect(ctx, session, party, reason) {
	party.status = { code: 'Disconnected', rcc: false, ...(reason ? { reason } : {}) };
	if (
		!session.parties.some(
			(/** @type {any} */ p) =>
				p !== party && p.extensionId && !['Disconnected', 'Gone'].includes(p.status.code),
		)
	) {
		for (const p of session.parties)
			if (!['Disconnected', 'Gone'].includes(p.status.code))
				p.status = { code: 'Disconnected', rcc: false };
	}
	settleSession(ctx.state, session);
}

/** A transfer or forward target, one of the kinds the spec allows. @param {any} body @param {string[]} kinds */
function targetOf(body, kinds) {
	const given = kinds.filter((k) => body && body[k] !== undefined && body[k] !== '');
	if (given.length !== 1)
		throw new ApiError(400, 'CMN-101', `Exactly one target is required: ${kinds.join(', ')}`, {
			parameterName: kinds[0],
		});
	const kind = given[0];
	const value = String(body[kind]);
	if (kind === 'phoneNumber' && !/^\+?[1-9]\d{6,14}$/.test(value))
		throw new ApiError(400, 'CMN-101', 'Parameter [phoneNumber] value is invalid', {
			parameterName: 'phoneNumber',
			parameterValue: value,
		});
	return { kind, value };
}

/** Active calls as call log records (`result: "In Progress"`), newest first. @param {any} ctx @param {boolean} company */
function activeCalls(ctx, company) {
	if (company && !isAdmin(ctx.state, ctx.auth.extensionId))
		throw new ApiError(
			403,
			'CMN-408',
			'In order to call this API endpoint, user needs to have [ReadCompanyCallLog] permission for requested resource.',
		);
	const directions = list(ctx.query.direction);
	const types = list(ctx.query.type);
	const api = `${ctx.baseUrl}/restapi/v1.0/account/${ctx.state.accountId}`;
	const records = [];
	for (const session of telephonyOf(ctx.state).sessions) {
		for (const party of liveParties(session)) {
			if (!party.extensionId || (!company && party.extensionId !== ctx.extensionId)) continue;
			if (directions.length && !directions.includes(party.direction)) continue;
			if (types.length && !types.includes('Voice')) continue;
			records.push({
				id: `A${session.id.slice(2, 12)}${party.id.slice(2, 6)}`.toUpperCase(),
				uri: `${api}/extension/${party.extensionId}/active-calls`,
				sessionId: String(session._startedAt),
				telephonySessionId: session.id,
				partyId: party.id,
				startTime: session.creationTime,
				duration: Math.round((Date.now() - session._startedAt) / 1000),
				type: 'Voice',
				direction: party.direction,
				action: party.direction === 'Inbound' ? 'Phone Call' : 'VoIP Call',
				result: 'In Progress',
				from: party.from,
				to: party.to,
				extension: { id: Number(party.extensionId), uri: `${api}/extension/${party.extensionId}` },
				transport: 'PSTN',
				...(first(ctx.query.view) === 'Detailed'
					? {
							legs: [
								{
									startTime: session.creationTime,
									type: 'Voice',
									direction: party.direction,
									action: 'Phone Call',
									result: 'In Progress',
									legType: 'Accept',
									master: true,
								},
							],
						}
					: {}),
			});
		}
	}
	records.sort((a, b) => Date.parse(b.startTime) - Date.parse(a.startTime));
	return { body: paginate(ctx, records) };
}

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	listExtensionDevices: (ctx) => {
		const type = first(ctx.query.type);
		const devices = telephonyOf(ctx.state).devices.filter(
			(/** @type {any} */ d) =>
				String(d.extension.id) === ctx.extensionId && (!type || d.type === type),
		);
		return { body: paginate(ctx, devices) };
	},
	listForwardingNumbers: (ctx) => {
		const me = meOf(ctx.state, ctx.extensionId);
		const api = `${ctx.baseUrl}/restapi/v1.0/account/${ctx.state.accountId}/extension/${ctx.extensionId}/forwarding-number`;
		const numbers = [
			{
				id: `${ctx.extensionId}01`,
				phoneNumber: '+14155550188',
				label: 'My Mobile',
				type: 'Mobile',
				features: ['CallFlip', 'CallForwarding'],
				flipNumber: '1',
			},
			{
				id: `${ctx.extensionId}02`,
				phoneNumber: '+14155550189',
				label: 'Home',
				type: 'Home',
				features: ['CallFlip', 'CallForwarding'],
				flipNumber: '2',
			},
			{
				id: `${ctx.extensionId}03`,
				phoneNumber: me.phoneNumber,
				label: 'Desk phone',
				type: 'PhoneLine',
				features: ['CallForwarding'],
			},
		].map((n) => ({ ...n, uri: `${api}/${n.id}` }));
		return { body: paginate(ctx, numbers) };
	},
	listExtensionActiveCalls: (ctx) => activeCalls(ctx, false),
	listCompanyActiveCalls: (ctx) => activeCalls(ctx, true),
	createCallOutCallSession: (ctx) => {
		const { from = {}, to = {} } = ctx.body || {};
		const device = ownDevice(ctx, from.deviceId, 'from.deviceId');
		if (!to.phoneNumber && !to.extensionNumber)
			throw new ApiError(
				400,
				'CMN-101',
				'Parameter [to] value is invalid: phoneNumber or extensionNumber is required',
				{ parameterName: 'to' },
			);
		if (to.phoneNumber && !/^\+?[1-9]\d{6,14}$/.test(String(to.phoneNumber)))
			throw new ApiError(400, 'CMN-101', 'Parameter [to.phoneNumber] value is invalid', {
				parameterName: 'to.phoneNumber',
				parameterValue: to.phoneNumber,
			});
		const colleague = to.extensionNumber
			? ctx.state.extensions.find(
					(/** @type {any} */ e) => e.extensionNumber === String(to.extensionNumber),
				)
			: undefined;
		if (to.extensionNumber && !colleague)
			throw new ApiError(400, 'CMN-101', 'Parameter [to.extensionNumber] value is invalid', {
				parameterName: 'to.extensionNumber',
				parameterValue: to.extensionNumber,
			});
		const extensionId = String(device.extension.id);
		const session = startCall(ctx.state, {
			extensionId,
			direction: 'Outbound',
			to: to.phoneNumber || (colleague && meOf(ctx.state, colleague.id).phoneNumber),
			status: 'Setup',
		});
		session.origin = { type: 'CallOut' };
		session.parties[0].from = { ...session.parties[0].from, deviceId: device.id };
		if (colleague)
			session.parties[0].to = {
				...meOf(ctx.state, colleague.id),
				extensionNumber: colleague.extensionNumber,
			};
		return { status: 201, body: { session: sessionView(session) } };
	},
	readCallSessionStatus: (ctx) => ({ body: sessionView(findSession(ctx)) }),
	readCallPartyStatus: (ctx) => ({ body: partyView(findParty(ctx).party) }),
	holdCallParty: (ctx) => {
		const { party } = findParty(ctx);
		requireStatus(party, ['Answered', 'Hold'], 'hold');
		party.status = { code: 'Hold', rcc: false };
		return { body: partyView(party) };
	},
	unholdCallParty: (ctx) => {
		const { party } = findParty(ctx);
		requireStatus(party, ['Hold', 'Answered'], 'unhold');
		party.status = { code: 'Answered', rcc: false };
		return { body: partyView(party) };
	},
	answerCallParty: (ctx) => {
		const { session, party } = findParty(ctx);
		requireStatus(party, ['Proceeding', 'Setup'], 'answer');
		if (ctx.body && ctx.body.deviceId) ownDevice(ctx, ctx.body.deviceId, 'deviceId');
		party.status = { code: 'Answered', rcc: false };
		session._answeredAt = Date.now();
		return { body: partyView(party) };
	},
	rejectParty: (ctx) => {
		const { session, party } = findParty(ctx);
		requireStatus(party, ['Proceeding', 'Setup'], 'reject');
		disconnect(ctx, session, party, 'Rejected');
		return { status: 204 };
	},
	ignoreCallInQueue: (ctx) => {
		const { party } = findParty(ctx);
		requireStatus(party, ['Proceeding'], 'ignore');
		if (!party.attributes || !party.attributes.queueCall)
			throw new ApiError(409, 'TAS-409', 'Only a call from a call queue can be ignored', {
				parameterName: 'partyId',
			});
		ownDevice(ctx, ctx.body && ctx.body.deviceId, 'deviceId');
		return { status: 204 };
	},
	transferCallParty: (ctx) => {
		const { session, party } = findParty(ctx);
		requireStatus(party, ['Answered', 'Hold', 'Proceeding'], 'transfer');
		const target = targetOf(ctx.body, [
			'phoneNumber',
			'voicemail',
			'extensionNumber',
			'parkOrbit',
			'extensionId',
		]);
		disconnect(ctx, session, party, 'BlindTransfer');
		return { body: { ...partyView(party), transferTarget: { [target.kind]: target.value } } };
	},
	forwardCallParty: (ctx) => {
		const { session, party } = findParty(ctx);
		requireStatus(party, ['Proceeding', 'Setup'], 'forward');
		targetOf(ctx.body, ['phoneNumber', 'voicemail', 'extensionNumber', 'extensionId']);
		disconnect(ctx, session, party);
		const { accountId, extensionId, attributes, recordings, ...rest } = partyView(party);
		return { body: rest };
	},
	callParkParty: (ctx) => {
		const { party } = findParty(ctx);
		requireStatus(party, ['Answered', 'Hold'], 'park');
		const telephony = telephonyOf(ctx.state);
		party.status = { code: 'Parked', rcc: false, parkData: `*${telephony.nextPark}` };
		party.park = { id: `*${telephony.nextPark++}` };
		return { status: 201, body: partyView(party) };
	},
	replyParty: (ctx) => {
		const { party } = findParty(ctx);
		requireStatus(party, ['Proceeding'], 'reply to');
		const { replyWithText, replyWithPattern } = ctx.body || {};
		if (!replyWithText && !replyWithPattern)
			throw new ApiError(400, 'CMN-101', 'replyWithText or replyWithPattern is required', {
				parameterName: 'replyWithText',
			});
		party._reply = replyWithText || replyWithPattern;
		const { id, status, muted, standAlone, from, to, owner, direction } = partyView(party);
		return { body: { id, status, muted, standAlone, from, to, owner, direction } };
	},
	pickupCallParty: (ctx) => {
		const { session, party } = findParty(ctx);
		requireStatus(party, ['Proceeding', 'Parked'], 'pick up');
		const device = ownDevice(ctx, ctx.body && ctx.body.deviceId, 'deviceId');
		const picker = newParty(ctx.state, {
			extensionId: String(device.extension.id),
			direction: party.direction,
			from: party.from,
			to: meOf(ctx.state, String(device.extension.id)),
			code: 'Answered',
		});
		picker.status.reason = 'Pickup';
		party.status = { code: 'Gone', rcc: false, reason: 'Pickup' };
		session.parties.push(picker);
		session._answeredAt = session._answeredAt || Date.now();
		return { status: 201, body: partyView(picker) };
	},
	callFlipParty: (ctx) => {
		const { session, party } = findParty(ctx);
		requireStatus(party, ['Answered'], 'flip');
		const callFlipId = ctx.body && ctx.body.callFlipId;
		if (!['1', '2'].includes(String(callFlipId)))
			throw new ApiError(400, 'CMN-101', 'Parameter [callFlipId] value is invalid', {
				parameterName: 'callFlipId',
				parameterValue: String(callFlipId),
			});
		party.status = { code: 'Answered', rcc: false, reason: 'CallFlip' };
		session._flippedTo = callFlipId;
		return { status: 200, body: partyView(party) };
	},
	superviseCallSession: (ctx) => {
		const session = findSession(ctx);
		const body = ctx.body || {};
		ownDevice(ctx, body.supervisorDeviceId, 'supervisorDeviceId');
		const agent = session.parties.find(
			(/** @type {any} */ p) =>
				p.extensionId &&
				(p.extensionId === String(body.agentExtensionId) ||
					meOf(ctx.state, p.extensionId).extensionNumber === String(body.agentExtensionNumber)),
		);
		if (!agent)
			throw new ApiError(400, 'CMN-101', 'The agent is not on this call', {
				parameterName: body.agentExtensionId ? 'agentExtensionId' : 'agentExtensionNumber',
			});
		const supervisor = newParty(ctx.state, {
			extensionId: ctx.auth.extensionId,
			direction: 'Outbound',
			from: meOf(ctx.state, ctx.auth.extensionId),
			to: agent.to,
			code: 'Answered',
		});
		supervisor.status.reason = 'Supervising';
		session.parties.push(supervisor);
		const { recordings, attributes, park, ...view } = partyView(supervisor);
		return { status: 201, body: view };
	},
	superviseCallParty: (ctx) => {
		const { session, party } = findParty(ctx);
		const body = ctx.body || {};
		ownDevice(ctx, body.supervisorDeviceId, 'supervisorDeviceId');
		if (party.extensionId !== String(body.agentExtensionId))
			throw new ApiError(400, 'CMN-101', 'The party does not belong to the agent', {
				parameterName: 'agentExtensionId',
			});
		const supervisor = newParty(ctx.state, {
			extensionId: ctx.auth.extensionId,
			direction: 'Outbound',
			from: meOf(ctx.state, ctx.auth.extensionId),
			to: party.to,
			code: 'Answered',
		});
		supervisor.status.reason = 'Supervising';
		session.parties.push(supervisor);
		const { recordings, attributes, park, ...view } = partyView(supervisor);
		return { status: 201, body: view };
	},
	startCallRecording: (ctx) => {
		const { party } = findParty(ctx);
		requireStatus(party, ['Answered', 'Hold'], 'record');
		if (party.recordings.some((/** @type {any} */ r) => r.active))
			throw new ApiError(409, 'TAS-409', 'The call is already being recorded', {
				parameterName: 'partyId',
			});
		const recording = { id: String(crypto.randomInt(1e9, 2e9)), active: true };
		party.recordings.push(recording);
		return { status: 201, body: recording };
	},
	pauseResumeCallRecording: (ctx) => {
		const { party } = findParty(ctx);
		const recording = party.recordings.find(
			(/** @type {any} */ r) => r.id === ctx.params.recordingId,
		);
		if (!recording)
			throw new ApiError(404, 'CMN-102', 'Resource for parameter [recordingId] is not found', {
				parameterName: 'recordingId',
				parameterValue: ctx.params.recordingId,
			});
		if (typeof (ctx.body || {}).active !== 'boolean')
			throw new ApiError(400, 'CMN-101', 'Parameter [active] value is invalid', {
				parameterName: 'active',
			});
		recording.active = ctx.body.active;
		return { body: { id: recording.id, active: recording.active } };
	},
	deleteCallSession: (ctx) => {
		const session = findSession(ctx);
		for (const party of session.parties)
			if (!['Disconnected', 'Gone'].includes(party.status.code))
				party.status = { code: 'Disconnected', rcc: false };
		settleSession(ctx.state, session);
		return { status: 204 };
	},
};

module.exports = { handlers };
