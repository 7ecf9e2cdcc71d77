// @ts-check
'use strict';
/**
 * The call log: demo data and new records, and call recordings (whose media is ready only after a
 * delay, as on RingCentral). Simulated calls that end here are in simulation/calls.js.
 */
const crypto = require('crypto');
const { WAV } = require('./state');

const HOUR = 3600 * 1000;

/** @param {any} state */
function callLogOf(state) {
	if (!state.callLog) state.callLog = [];
	if (!state.recordings) state.recordings = {};
	if (state.callLogSeq === undefined) state.callLogSeq = 0;
	return /** @type {any[]} */ (state.callLog);
}

/** @param {any} state @param {string} extensionId */
function extensionOf(state, extensionId) {
	return state.extensions.find((/** @type {any} */ e) => String(e.id) === String(extensionId));
}

/** @param {any} state @param {string} extensionId */
function ownNumber(state, extensionId) {
	const own = state.phoneNumbers.find(
		(/** @type {any} */ p) => String(p.extension.id) === String(extensionId),
	);
	return own ? own.phoneNumber : '+16505550102';
}

/** Whether an extension has administrator rights. @param {any} state @param {string} extensionId */
function isAdmin(state, extensionId) {
	const ext = extensionOf(state, extensionId);
	return !!(ext && ext.permissions.admin.enabled);
}

/**
 * Adds a call log record (and its recording) for an extension; returns the record.
 * @param {any} state @param {string} baseUrl
 * @param {{ extensionId?: string, direction?: 'Inbound' | 'Outbound', peer?: { phoneNumber: string, name?: string, location?: string },
 *   result?: string, startTime?: number, durationSec?: number, type?: 'Voice' | 'Fax', recording?: 'Automatic' | 'OnDemand',
 *   recordingReadyAt?: number, recordingSize?: number, telephonySessionId?: string, message?: any }} o
 *   `recordingSize`: the recording's media is a WAV file of this many bytes, generated while it is sent
 *   (never held in memory), instead of the tiny demo WAV.
 */
function addCallLogRecord(state, baseUrl, o) {
	const log = callLogOf(state);
	const extensionId = String(o.extensionId || state.defaultExtensionId);
	const ext = extensionOf(state, extensionId);
	const api = `${baseUrl}/restapi/v1.0/account/${state.accountId}`;
	const direction = o.direction || 'Inbound';
	const peer = o.peer || {
		phoneNumber: '+14155550111',
		name: 'Jane Customer',
		location: 'San Francisco, CA',
	};
	const me = {
		phoneNumber: ownNumber(state, extensionId),
		name: ext ? ext.name : undefined,
		extensionId,
	};
	const durationSec = o.durationSec === undefined ? 60 : o.durationSec;
	const start = o.startTime === undefined ? Date.now() - durationSec * 1000 : o.startTime;
	const id = `CL${(state.nextId++).toString(36).toUpperCase()}`;
	const sessionId = String(state.nextId++);
	/** @type {Record<string, any>} */
	const record = {
		id,
		uri: `${api}/extension/${extensionId}/call-log/${id}`,
		sessionId,
		telephonySessionId: o.telephonySessionId || `s-${crypto.randomBytes(8).toString('hex')}`,
		startTime: new Date(start).toISOString(),
		duration: durationSec,
		durationMs: durationSec * 1000,
		type: o.type || 'Voice',
		internalType: 'Local',
		direction,
		action:
			o.type === 'Fax' ? (direction === 'Inbound' ? 'Incoming Fax' : 'Outgoing Fax') : 'Phone Call',
		result: o.result || (direction === 'Inbound' ? 'Accepted' : 'Call connected'),
		from: direction === 'Inbound' ? peer : me,
		to: direction === 'Inbound' ? me : peer,
		extension: { id: Number(extensionId), uri: `${api}/extension/${extensionId}` },
		transport: 'PSTN',
		lastModifiedTime: new Date(start + durationSec * 1000).toISOString(),
		_seq: ++state.callLogSeq,
	};
	if (o.message)
		record.message = { id: String(o.message.id), type: o.message.type, uri: o.message.uri };
	if (o.recording) {
		const recId = String(state.nextId++);
		state.recordings[recId] = o.recordingSize
			? {
					id: recId,
					size: o.recordingSize,
					contentType: 'audio/wav',
					duration: durationSec,
					readyAt: o.recordingReadyAt || 0,
					callId: id,
				}
			: {
					id: recId,
					data: WAV,
					contentType: 'audio/wav',
					duration: durationSec,
					readyAt: o.recordingReadyAt || 0,
					callId: id,
				};
		record.recording = {
			id: recId,
			uri: `${api}/recording/${recId}`,
			type: o.recording,
			contentUri: `${api}/recording/${recId}/content`,
		};
	}
	log.push(record);
	return record;
}

/**
 * Demo call log: Alice's calls over the last days (answered, missed, voicemail, recorded, a fax),
 * a few of Bob's and missed calls on Carol's queue.
 * @param {any} state @param {string} baseUrl @param {number} now
 */
function seedCallLog(state, baseUrl, now) {
	callLogOf(state);
	const jane = {
		phoneNumber: '+14155550111',
		name: 'Jane Customer',
		location: 'San Francisco, CA',
	};
	const ken = { phoneNumber: '+14155550122', name: 'Ken Supplier', location: 'San Francisco, CA' };
	const lee = { phoneNumber: '+12125550133', location: 'New York, NY' };
	const vm = (/** @type {string} */ from) =>
		state.messages.find(
			(/** @type {any} */ m) => m.type === 'VoiceMail' && m.from.phoneNumber === from,
		);
	const fax = state.messages.find(
		(/** @type {any} */ m) => m.type === 'Fax' && m.direction === 'Inbound',
	);
	/** @type {Array<[number, Parameters<typeof addCallLogRecord>[2]]>} */
	const calls = [
		[120, { peer: ken, result: 'Voicemail', durationSec: 30, message: vm(ken.phoneNumber) }],
		[
			50,
			{
				peer: { phoneNumber: '+12125550144', location: 'New York, NY' },
				result: 'Missed',
				durationSec: 0,
			},
		],
		[26, { peer: ken, durationSec: 60 }],
		[
			18,
			{
				peer: { phoneNumber: '+14155550155', name: 'Acme Fax' },
				type: 'Fax',
				result: 'Received',
				durationSec: 40,
				message: fax,
			},
		],
		[8, { direction: 'Outbound', peer: jane, durationSec: 300, recording: 'OnDemand' }],
		[4, { peer: jane, result: 'Voicemail', durationSec: 12, message: vm(jane.phoneNumber) }],
		[3, { peer: lee, result: 'Missed', durationSec: 0 }],
		[2.5, { direction: 'Outbound', peer: ken, durationSec: 95 }],
		[0.75, { peer: jane, durationSec: 180, recording: 'Automatic' }],
		[5, { extensionId: '102', direction: 'Outbound', peer: ken, durationSec: 45 }],
		[1, { extensionId: '102', peer: jane, durationSec: 120 }],
		[2, { extensionId: '103', peer: lee, result: 'Missed', durationSec: 0 }],
	];
	for (const [hoursAgo, call] of calls)
		addCallLogRecord(state, baseUrl, { ...call, startTime: now - hoursAgo * HOUR });
}

/** Peers of bulk-seeded calls (`seedCallLogBulk`). */
const BULK_PEERS = [
	{ phoneNumber: '+14155550111', name: 'Jane Customer', location: 'San Francisco, CA' },
	{ phoneNumber: '+14155550122', name: 'Ken Supplier', location: 'San Francisco, CA' },
	{ phoneNumber: '+12125550133', location: 'New York, NY' },
	{ phoneNumber: '+13125550166', location: 'Chicago, IL' },
];

/**
 * Many call log records at once (benchmarks, paging tests): `count` calls of one extension spread evenly
 * over [from, to), with varied peers, directions and results; deterministic, no events, no recordings.
 * About 1 s for 100,000 records. Returns the number of records in the log afterwards.
 * @param {any} state @param {string} baseUrl
 * @param {{ count: number, from: number, to: number, extensionId?: string }} o
 */
function seedCallLogBulk(state, baseUrl, o) {
	const log = callLogOf(state);
	const count = Math.max(0, Math.floor(o.count));
	const step = count ? (o.to - o.from) / count : 0;
	for (let i = 0; i < count; i++) {
		const direction = i % 3 === 2 ? 'Outbound' : 'Inbound';
		const missed = direction === 'Inbound' && i % 7 === 3;
		addCallLogRecord(state, baseUrl, {
			extensionId: o.extensionId,
			direction,
			peer: BULK_PEERS[i % BULK_PEERS.length],
			result: missed ? 'Missed' : undefined,
			durationSec: missed ? 0 : 20 + (i % 300),
			startTime: Math.floor(o.from + i * step),
		});
	}
	return log.length;
}

/**
 * Compressed time for the call log: records (and recording readiness) move `seconds` into the past.
 * @param {any} state @param {number} seconds @param {(record: any) => boolean} [which]
 */
function ageCallLog(state, seconds, which = () => true) {
	// Start times change: the call log's sorted order (routes/callLog.js) is stale.
	state.callLogVersion = (state.callLogVersion || 0) + 1;
	for (const r of callLogOf(state)) {
		if (!which(r)) continue;
		r.startTime = new Date(Date.parse(r.startTime) - seconds * 1000).toISOString();
		r.lastModifiedTime = new Date(Date.parse(r.lastModifiedTime) - seconds * 1000).toISOString();
		if (r.recording && state.recordings[r.recording.id])
			state.recordings[r.recording.id].readyAt -= seconds * 1000;
	}
}

module.exports = {
	seedCallLog,
	seedCallLogBulk,
	addCallLogRecord,
	ageCallLog,
	callLogOf,
	extensionOf,
	ownNumber,
	isAdmin,
};
