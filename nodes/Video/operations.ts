import type { OperationMetaTable } from '../shared/routing';

/**
 * Spec facts for each hand-written RingCentral Video operation (`x-throttling-group`, `x-app-permission`);
 * a test checks them against the spec. `npm run generate` leaves these operationIds out of generated/.
 */
export const videoOperations: OperationMetaTable = {
	meeting: {
		create: { operationId: 'createBridge', throttlingGroup: 'Heavy', appPermission: 'Video' },
		delete: { operationId: 'deleteBridge', throttlingGroup: 'Medium', appPermission: 'Video', emptyResponse: { deleted: true } },
		get: { operationId: 'getBridge', throttlingGroup: 'Medium', appPermission: 'Video' },
		getDefault: { operationId: 'getDefaultBridge', throttlingGroup: 'Medium', appPermission: 'Video' },
		update: { operationId: 'updateBridge', throttlingGroup: 'Medium', appPermission: 'Video' },
	},
	meetingHistory: {
		get: { operationId: 'getVideoMeeting', throttlingGroup: 'Light', appPermission: 'Video' },
		getAll: {
			operationId: 'listVideoMeetings',
			throttlingGroup: 'Light',
			appPermission: 'Video',
			list: { recordsKey: 'meetings', paging: 'token', pageSizeParam: 'perPage', maxPageSize: 100 },
		},
	},
	recording: {
		// The file is served from the link in the recording's `url`, not from an API path, so there is no
		// operationId; media downloads are Heavy for call recordings and the same pace is assumed here.
		download: { throttlingGroup: 'Heavy', appPermission: 'Video', idempotent: true },
		getAll: {
			operationId: 'getExtensionRecordings',
			throttlingGroup: 'Light',
			appPermission: 'Video',
			list: { recordsKey: 'recordings', paging: 'token', pageSizeParam: 'perPage', maxPageSize: 100 },
		},
	},
};

/** Requests hand-written operations make besides their own (lookups); also left out of generated/. */
export const videoLookups: OperationMetaTable = {
	meeting: {
		byWebPin: { operationId: 'getBridgeByWebPin', throttlingGroup: 'Medium', appPermission: 'Video' },
	},
};
