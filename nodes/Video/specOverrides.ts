import type { OperationMetaTable } from '../shared/routing';

/**
 * The hand-written RingCentral Video operations: the operationId each calls (spec facts:
 * shared/generated/operationFacts.ts) and overrides. `npm run generate` leaves these operationIds out of generated/.
 */
export const videoSpecOverrides = {
	meeting: {
		create: { operationId: 'createBridge' },
		delete: { operationId: 'deleteBridge', emptyResponse: { deleted: true } },
		get: { operationId: 'getBridge' },
		getDefault: { operationId: 'getDefaultBridge' },
		update: { operationId: 'updateBridge' },
	},
	meetingHistory: {
		get: { operationId: 'getVideoMeeting' },
		getAll: { operationId: 'listVideoMeetings' },
	},
	recording: {
		// The file is served from the link in the recording's `url`, not from an API path, so there is no
		// operationId; media downloads are Heavy for call recordings and the same pace is assumed here.
		download: { throttlingGroup: 'Heavy', appPermission: 'Video', idempotent: true },
		getAll: { operationId: 'getExtensionRecordings' },
	},
} satisfies OperationMetaTable;

/** Requests hand-written operations make besides their own (lookups); also left out of generated/. */
export const videoLookups = {
	meeting: {
		byWebPin: { operationId: 'getBridgeByWebPin' },
	},
} satisfies OperationMetaTable;
