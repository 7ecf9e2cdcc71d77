// @ts-check
'use strict';
/**
 * RingCentral Video: bridges (create, get by ID / web PIN / PSTN PIN, update, delete, default bridge),
 * the meeting history (user and account), recordings (user and account) and the recording files.
 * Lists page with `pageToken`/`perPage` and `paging.nextPageToken`, capped at `state.video.maxPerPage`.
 */
const { ApiError, first, offsetPage, offsetToken } = require('../core/http');
const { createBridge, bridgeView, recordingsOf, MP4 } = require('../seed/video');
const { isAdmin } = require('../seed/callLog');

/** @param {any} ctx @param {any} bridge */
const privileged = (ctx, bridge) =>
	bridge.host.extensionId === String(ctx.auth.extensionId) ||
	isAdmin(ctx.state, ctx.auth.extensionId);

/** @param {any} ctx @param {(bridge: any) => boolean} match @param {string} what */
function findBridge(ctx, match, what) {
	const bridge = ctx.state.video.bridges.find(match);
	if (!bridge)
		throw new ApiError(404, 'CMN-102', `Bridge not found: ${what}`, {
			parameterName: 'bridgeId',
			parameterValue: what,
		});
	return bridge;
}

/** @param {any} ctx @param {any} bridge */
function requireOwner(ctx, bridge) {
	if (!privileged(ctx, bridge))
		throw new ApiError(
			403,
			'AccessDenied',
			'Only the host, a delegate or a Super Admin may change this bridge',
		);
}

/** @param {any} ctx @param {string | undefined} webPin @param {any} [except] */
function checkWebPinFree(ctx, webPin, except) {
	if (
		webPin &&
		ctx.state.video.bridges.some(
			(/** @type {any} */ b) =>
				b !== except && (b.pins.web === webPin || (b.pins.aliases || []).includes(webPin)),
		)
	) {
		throw new ApiError(
			409,
			'ConflictingSettings',
			`Web PIN ${webPin} is already used by another bridge`,
			{ parameterName: 'pins.web', parameterValue: webPin },
		);
	}
}

/**
 * One page of a token-paged list: `pageToken` is the offset (base64), `perPage` capped at the emulator's maximum.
 * @param {any} ctx @param {any[]} all @param {string} key @param {number} [defaultPerPage]
 */
function tokenPage(ctx, all, key, defaultPerPage = 25) {
	const perPage = Math.min(
		Number(first(ctx.query.perPage) || defaultPerPage),
		ctx.state.video.maxPerPage,
	);
	const page = offsetPage(ctx, all, perPage, {
		error: () =>
			new ApiError(400, 'InvalidParameter', 'Parameter [pageToken] is invalid', {
				parameterName: 'pageToken',
			}),
	});
	/** @type {Record<string, any>} */
	const paging = { currentPageToken: offsetToken(page.offset), perPage };
	if (page.next) paging.nextPageToken = page.next;
	return { [key]: page.records, paging };
}

/** Whether the caller may see a meeting of the history, by `type` (RingCentral's definitions). @param {any} m @param {string} me @param {string | undefined} type */
function visible(m, me, type) {
	const host = m._host === me;
	const watcher = m._watchers.includes(me);
	if (type === 'Deleted') return host && m._deleted;
	if (m._deleted) return false;
	if (type === 'All') return host || watcher;
	if (type === 'My') return host;
	if (type === 'Shared') return watcher && !host;
	return host || watcher || m._participants.includes(me);
}

/** @param {any} m */
function meetingView(m) {
	const out = Object.fromEntries(Object.entries(m).filter(([k]) => !k.startsWith('_')));
	return JSON.parse(JSON.stringify(out));
}

/** @param {any} ctx @param {any} recording @param {any} meeting */
function cloudRecording(ctx, recording, meeting) {
	return {
		id: recording.id,
		shortId: meeting.shortId,
		displayName: meeting.displayName,
		startTime: new Date(recording.startTime).toISOString(),
		hostInfo: meeting.hostInfo,
		duration: meeting.duration,
		mediaLink: recording.url,
		url: recording.url,
		expiresIn: new Date(Date.parse(meeting.startTime) + 365 * 24 * 3600 * 1000).toISOString(),
	};
}

const newestFirst = (/** @type {any} */ a, /** @type {any} */ b) =>
	Date.parse(b.startTime) - Date.parse(a.startTime);

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	createBridge: (ctx) => {
		const request = ctx.body || {};
		const owner = String(ctx.extensionId);
		if (
			request.type === 'PMI' &&
			ctx.state.video.bridges.some(
				(/** @type {any} */ b) => b.type === 'PMI' && b.host.extensionId === owner,
			)
		) {
			throw new ApiError(409, 'ConflictingSettings', 'The user already has a default (PMI) bridge');
		}
		checkWebPinFree(ctx, request.pins && request.pins.web);
		if (
			request.security &&
			request.security.e2ee &&
			request.preferences &&
			['Auto', 'ForceAuto'].includes(request.preferences.recordingsMode)
		) {
			throw new ApiError(
				409,
				'ConflictingSettings',
				'End-to-end encrypted meetings cannot be recorded automatically',
			);
		}
		return { status: 201, body: bridgeView(createBridge(ctx.state, owner, request), true) };
	},
	getBridge: (ctx) => {
		const bridge = findBridge(ctx, (b) => b.id === ctx.params.bridgeId, ctx.params.bridgeId);
		return { body: bridgeView(bridge, privileged(ctx, bridge)) };
	},
	getBridgeByWebPin: (ctx) => {
		const pin = ctx.params.pin;
		const bridge = findBridge(
			ctx,
			(b) => b.pins.web === pin || (b.pins.aliases || []).includes(pin),
			pin,
		);
		return { body: bridgeView(bridge, privileged(ctx, bridge)) };
	},
	getBridgeByPstnPin: (ctx) => {
		const pin = ctx.params.pin;
		const bridge = findBridge(
			ctx,
			(b) => b.pins.pstn.host === pin || b.pins.pstn.participant === pin,
			pin,
		);
		return { body: bridgeView(bridge, privileged(ctx, bridge)) };
	},
	getDefaultBridge: (ctx) => {
		const owner = String(ctx.extensionId);
		const bridge = findBridge(
			ctx,
			(b) => b.type === 'PMI' && b.host.extensionId === owner,
			`default bridge of ${owner}`,
		);
		return { body: bridgeView(bridge, privileged(ctx, bridge)) };
	},
	updateBridge: (ctx) => {
		const bridge = findBridge(ctx, (b) => b.id === ctx.params.bridgeId, ctx.params.bridgeId);
		requireOwner(ctx, bridge);
		const request = ctx.body || {};
		if (request.pins && request.pins.web) {
			checkWebPinFree(ctx, request.pins.web, bridge);
			bridge.pins.web = request.pins.web;
		}
		if (request.name !== undefined) bridge.name = request.name;
		const security = request.security || {};
		if (security.passwordProtected === false) {
			bridge.security.passwordProtected = false;
			bridge._password = undefined;
			bridge._pstnPassword = undefined;
		} else if (security.password !== undefined) {
			bridge.security.passwordProtected = true;
			bridge._password = String(security.password);
			bridge._pstnPassword = String(100000 + Math.floor(Math.random() * 899999));
		}
		for (const key of ['noGuests', 'sameAccount', 'e2ee'])
			if (security[key] !== undefined) bridge.security[key] = security[key];
		const prefs = request.preferences || {};
		for (const [key, value] of Object.entries(prefs)) {
			if (key === 'join') Object.assign(bridge.preferences.join, value);
			else if (key === 'recordings') {
				for (const [name, setting] of Object.entries(/** @type {Record<string, any>} */ (value)))
					Object.assign(
						bridge.preferences.recordings[name] || (bridge.preferences.recordings[name] = {}),
						setting,
					);
			} else bridge.preferences[key] = value;
		}
		return { body: bridgeView(bridge, true) };
	},
	deleteBridge: (ctx) => {
		const bridge = findBridge(ctx, (b) => b.id === ctx.params.bridgeId, ctx.params.bridgeId);
		requireOwner(ctx, bridge);
		if (bridge.type === 'PMI')
			throw new ApiError(
				403,
				'AccessDenied',
				'A default (PMI) bridge cannot be deleted; it is removed with its user',
			);
		ctx.state.video.bridges.splice(ctx.state.video.bridges.indexOf(bridge), 1);
		return { status: 204 };
	},
	listVideoMeetings: (ctx) => {
		const me = String(ctx.auth.extensionId);
		const type = first(ctx.query.type);
		const text = String(first(ctx.query.text) || '').toLowerCase();
		const from = ctx.query.startTime !== undefined ? Number(first(ctx.query.startTime)) : -Infinity;
		const to = ctx.query.endTime !== undefined ? Number(first(ctx.query.endTime)) : Infinity;
		const meetings = ctx.state.video.meetings
			.filter((/** @type {any} */ m) => visible(m, me, type))
			.filter(
				(/** @type {any} */ m) =>
					!text ||
					[m.displayName, ...m.participants.map((/** @type {any} */ p) => p.displayName)].some(
						(s) => String(s).toLowerCase().includes(text),
					),
			)
			.filter(
				(/** @type {any} */ m) => Date.parse(m.startTime) >= from && Date.parse(m.startTime) <= to,
			)
			.sort(newestFirst)
			.map(meetingView);
		return { body: tokenPage(ctx, meetings, 'meetings') };
	},
	getVideoMeeting: (ctx) => {
		const me = String(ctx.auth.extensionId);
		const meeting = ctx.state.video.meetings.find(
			(/** @type {any} */ m) => m.id === ctx.params.meetingId,
		);
		if (!meeting)
			throw new ApiError(404, 'CMN-102', 'Meeting not found', {
				parameterName: 'meetingId',
				parameterValue: ctx.params.meetingId,
			});
		if (!visible(meeting, me, undefined) && !visible(meeting, me, 'Deleted'))
			throw new ApiError(403, 'AccessDenied', 'You have no access to this meeting');
		return { body: meetingView(meeting) };
	},
	listAccountMeetings: (ctx) => {
		if (!isAdmin(ctx.state, ctx.auth.extensionId))
			throw new ApiError(
				403,
				'AccessDenied',
				'Only an administrator may list the meetings of the account',
			);
		const from = ctx.query.startTimeFrom ? Date.parse(first(ctx.query.startTimeFrom)) : -Infinity;
		const to = ctx.query.startTimeTo ? Date.parse(first(ctx.query.startTimeTo)) : Infinity;
		const meetings = ctx.state.video.meetings
			.filter(
				(/** @type {any} */ m) =>
					!m._deleted && Date.parse(m.startTime) >= from && Date.parse(m.startTime) <= to,
			)
			.sort(
				first(ctx.query.orderBy) === '+startTime'
					? (/** @type {any} */ a, /** @type {any} */ b) => -newestFirst(a, b)
					: newestFirst,
			)
			.map((/** @type {any} */ m) => {
				const {
					rights,
					recordings,
					type,
					status,
					chatUrl,
					shortSummary,
					longSummary,
					keywords,
					...basic
				} = meetingView(m);
				return {
					...basic,
					participants: basic.participants.map((/** @type {any} */ { type: _type, ...p }) => p),
				};
			});
		return { body: tokenPage(ctx, meetings, 'meetings') };
	},
	getExtensionRecordings: (ctx) => {
		const owner = String(ctx.extensionId);
		const recordings = recordingsOf(ctx.state)
			.filter(({ meeting }) => meeting._host === owner && !meeting._deleted)
			.map(({ recording, meeting }) => cloudRecording(ctx, recording, meeting))
			.sort(newestFirst);
		return { body: tokenPage(ctx, recordings, 'recordings') };
	},
	getAccountRecordings: (ctx) => {
		if (!isAdmin(ctx.state, ctx.auth.extensionId))
			throw new ApiError(
				403,
				'AccessDenied',
				'Only an administrator may list the recordings of the account',
			);
		const recordings = recordingsOf(ctx.state)
			.filter(({ meeting }) => !meeting._deleted)
			.map(({ recording, meeting }) => cloudRecording(ctx, recording, meeting))
			.sort(newestFirst);
		return { body: tokenPage(ctx, recordings, 'recordings') };
	},
};

/**
 * Files RingCentral links to outside its API paths: the recording files behind the recordings' `url`
 * (served with the access token; 404 while the recording is still being processed).
 * @type {Array<{ name: string, pattern: RegExp, handler: (ctx: any, match: RegExpExecArray) => any }>}
 */
const files = [
	{
		name: 'videoRecordingFile',
		pattern: /^\/rcvideo\/recordings\/([^/]+)\/content$/,
		handler: (ctx, match) => {
			const found = recordingsOf(ctx.state).find(({ recording }) => recording.id === match[1]);
			if (!found || found.meeting._deleted)
				throw new ApiError(404, 'CMN-102', 'Recording not found', {
					parameterName: 'recordingId',
					parameterValue: match[1],
				});
			const { recording, meeting } = found;
			if (recording.status !== 'Processed')
				throw new ApiError(404, 'CMN-102', 'The recording is still being processed', {
					parameterName: 'recordingId',
					parameterValue: match[1],
				});
			const fileName = `${meeting.displayName} ${meeting.startTime.slice(0, 10)}.mp4`;
			return {
				status: 200,
				raw: MP4,
				contentType: 'video/mp4',
				headers: { 'Content-Disposition': `attachment; filename="${fileName}"` },
			};
		},
	},
];

module.exports = { handlers, files };
