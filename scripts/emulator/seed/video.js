// @ts-check
'use strict';
/**
 * RingCentral Video demo data: meetings (bridges) with their PINs and settings, the meeting history of the
 * last days (participants, recordings, an AI summary) and the recording files, which the emulator serves
 * from the links in the recordings' `url` (not an API path). Registered in state.js (`seedVideo`);
 * handlers in routes/video.js.
 */
const crypto = require('crypto');
const { ACCOUNT_ID } = require('./state');

const HOUR = 3600 * 1000;
/** A few bytes with an MP4 signature (`ftyp`), so a download looks like a video file. */
const MP4 = Buffer.concat([
	Buffer.from([0, 0, 0, 0x18]),
	Buffer.from('ftypmp42'),
	Buffer.alloc(4),
	Buffer.from('mp42isom'),
	Buffer.alloc(600, 7),
]);

/** @param {number} n */
const hex = (n) => crypto.randomBytes(n).toString('hex');
/** @param {any} state */
const nextPin = (state) => String(state.video.nextPin++);

/**
 * A bridge in its BridgeResponse shape, plus internal fields (`_owner`).
 * @param {any} state
 * @param {string} owner extension id
 * @param {Record<string, any>} request CreateBridgeRequest
 */
function createBridge(state, owner, request) {
	const type = request.type || 'Instant';
	const pins = request.pins || {};
	const security = request.security || {};
	const prefs = request.preferences || {};
	const join = prefs.join || {};
	const protectedByPassword =
		security.passwordProtected === true ||
		(security.passwordProtected === undefined && security.password !== undefined) ||
		(type === 'PMI' && security.passwordProtected !== false);
	const password = protectedByPassword ? String(security.password || `pw${hex(3)}`) : undefined;
	/** @type {Record<string, any>} */
	const bridge = {
		id: `iad41-c04-ndb${hex(13)}`,
		name: request.name || (type === 'PMI' ? 'Personal Meeting Room' : 'Video Meeting'),
		type,
		host: { accountId: ACCOUNT_ID, extensionId: owner },
		pins: {
			web: pins.web || nextPin(state),
			pstn: {
				host: (pins.pstn && pins.pstn.host) || nextPin(state),
				participant: (pins.pstn && pins.pstn.participant) || nextPin(state),
			},
			...(type === 'PMI' ? { aliases: [] } : {}),
		},
		security: {
			passwordProtected: protectedByPassword,
			noGuests: security.noGuests === true,
			sameAccount: security.sameAccount === true,
			e2ee: security.e2ee === true,
		},
		preferences: {
			join: {
				audioMuted: join.audioMuted === true,
				videoMuted: join.videoMuted === true,
				waitingRoomRequired:
					join.waitingRoomRequired || (type === 'PMI' ? 'OtherAccount' : 'Nobody'),
				pstn: { promptAnnouncement: true, promptParticipants: true, ...(join.pstn || {}) },
			},
			playTones: prefs.playTones || 'Off',
			musicOnHold: prefs.musicOnHold !== false,
			joinBeforeHost: prefs.joinBeforeHost === undefined ? type !== 'PMI' : prefs.joinBeforeHost,
			screenSharing: prefs.screenSharing !== false,
			recordingsMode: prefs.recordingsMode || 'User',
			transcriptionsMode: prefs.transcriptionsMode || 'User',
			recordings: {
				everyoneCanControl: {
					enabled: false,
					locked: false,
					...((prefs.recordings && prefs.recordings.everyoneCanControl) || {}),
				},
				autoShared: {
					enabled: false,
					locked: false,
					...((prefs.recordings && prefs.recordings.autoShared) || {}),
				},
			},
			allowEveryoneTranscribeMeetings: prefs.allowEveryoneTranscribeMeetings !== false,
		},
		_password: password,
		_pstnPassword: password ? String(100000 + crypto.randomInt(899999)) : undefined,
	};
	state.video.bridges.push(bridge);
	return bridge;
}

/**
 * The bridge as the caller sees it: the password, its PSTN variant and the password in the join link only
 * for the owner or an administrator (as RingCentral does).
 * @param {any} bridge @param {boolean} privileged
 */
function bridgeView(bridge, privileged) {
	const { _password, _pstnPassword, ...out } = bridge;
	const joinQuery = _password
		? crypto.createHash('md5').update(`${bridge.id}:${_password}`).digest('hex')
		: undefined;
	const security = { ...out.security };
	if (_password && privileged)
		security.password = { plainText: _password, pstn: _pstnPassword, joinQuery };
	const web = `https://v.ringcentral.com/join/${out.pins.web}${joinQuery && privileged ? `?pw=${joinQuery}` : ''}`;
	return JSON.parse(JSON.stringify({ ...out, security, discovery: { web } }));
}

/**
 * Demo data: Alice's and Bob's personal meeting rooms, Alice's "Weekly sync" (password protected) and
 * the meetings of the last days.
 * @param {any} state @param {string} baseUrl @param {number} [now]
 */
function seedVideo(state, baseUrl, now = Date.now()) {
	state.video = { bridges: [], meetings: [], nextPin: 1015550100, maxPerPage: 100 };
	const alicePmi = createBridge(state, '101', {
		type: 'PMI',
		name: "Alice Admin's Meeting Room",
		pins: { web: '1015550101' },
	});
	alicePmi.pins.aliases = ['alice.admin'];
	const bobPmi = createBridge(state, '102', {
		type: 'PMI',
		name: "Bob Builder's Meeting Room",
		pins: { web: '1025550102' },
	});
	const weekly = createBridge(state, '101', {
		type: 'Scheduled',
		name: 'Weekly sync',
		pins: { web: '1015550777' },
		security: { password: 'Sync2024' },
	});

	const person = (/** @type {string} */ extensionId) => {
		const ext = state.extensions.find((/** @type {any} */ e) => String(e.id) === extensionId);
		return {
			id: `p-${extensionId}`,
			accountId: ACCOUNT_ID,
			extensionId,
			displayName: ext ? ext.name : extensionId,
			type: 'User',
		};
	};
	const guest = (/** @type {string} */ name) => ({
		id: `g-${hex(4)}`,
		displayName: name,
		type: 'Guest',
	});
	const media = baseUrl;
	/** @type {Array<[number, number, string, any, any[], { recorded?: boolean, summary?: string, watchers?: string[], deleted?: boolean, processing?: boolean }]>} hoursAgo, minutes, host, bridge, participants */
	const meetings = [
		[5, 10, '101', alicePmi, [person('101'), guest('Jane Customer')], {}],
		[
			26,
			30,
			'101',
			{
				id: `iad41-c04-ndb${hex(13)}`,
				name: 'Customer onboarding: Acme',
				pins: { web: '1015550201' },
			},
			[person('101'), guest('Jane Customer'), guest('Ken Supplier')],
			{ recorded: true, summary: 'Acme goes live on Monday; Jane sends the user list by Friday.' },
		],
		[50, 45, '101', weekly, [person('101'), person('102'), person('103')], { recorded: true }],
		[
			74,
			60,
			'102',
			{ id: `iad41-c04-ndb${hex(13)}`, name: 'Design review', pins: { web: '1025550301' } },
			[person('102'), person('101')],
			{ recorded: true, watchers: ['101'] },
		],
		[98, 20, '102', bobPmi, [person('102'), guest('Lee Wong')], {}],
		[
			122,
			15,
			'101',
			{ id: `iad41-c04-ndb${hex(13)}`, name: 'Old demo', pins: { web: '1015550401' } },
			[person('101')],
			{ deleted: true },
		],
		[218, 45, '101', weekly, [person('101'), person('102')], { recorded: true, processing: true }],
	];
	for (const [hoursAgo, minutes, host, bridge, participants, extra] of meetings) {
		const start = now - hoursAgo * HOUR;
		const id = crypto.randomUUID();
		/** @type {any[]} */
		const recordings = extra.recorded
			? [
					{
						id: crypto.randomUUID(),
						startTime: start + 60000,
						status: extra.processing ? 'Processing' : 'Processed',
						availabilityStatus: 'Alive',
					},
				]
			: [];
		for (const recording of recordings)
			recording.url = `${media}/rcvideo/recordings/${recording.id}/content?token=${hex(8)}`;
		state.video.meetings.push({
			id,
			shortId: bridge.pins.web,
			bridgeId: bridge.id,
			startTime: new Date(start).toISOString(),
			displayName: bridge.name,
			hostInfo: { accountId: ACCOUNT_ID, extensionId: host, displayName: person(host).displayName },
			duration: minutes * 60,
			type: 'Meeting',
			status: 'Done',
			rights: ['delete', 'download', 'share'],
			participants,
			recordings,
			...(extra.summary
				? {
						shortSummary: extra.summary,
						longSummary: `${extra.summary} Next steps were agreed.`,
						keywords: ['onboarding', 'go-live'],
					}
				: {}),
			chatUrl: `${media}/rcvideo/chats/${id}.txt`,
			_host: host,
			_participants: participants.map((p) => p.extensionId).filter(Boolean),
			_watchers: extra.watchers || [],
			_deleted: extra.deleted === true,
		});
	}
}

/** Every recording with its meeting. @param {any} state @returns {Array<{ recording: any, meeting: any }>} */
function recordingsOf(state) {
	return state.video.meetings.flatMap((/** @type {any} */ meeting) =>
		meeting.recordings.map((/** @type {any} */ recording) => ({ recording, meeting })),
	);
}

module.exports = { seedVideo, createBridge, bridgeView, recordingsOf, MP4 };
