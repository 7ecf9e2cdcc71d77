import type { OperationMeta } from '../shared/types';

/** Spec facts of the reads the poll trigger makes (`x-throttling-group`, `x-app-permission`; a test checks them against the spec). */
export const pollOperations = {
	syncMessages: { operationId: 'syncMessages', throttlingGroup: 'Light', appPermission: 'ReadMessages' },
	listMessages: {
		operationId: 'listMessages',
		throttlingGroup: 'Light',
		appPermission: 'ReadMessages',
		list: { recordsKey: 'records', paging: 'page', maxPageSize: 1000 },
	},
	readMessageContent: { operationId: 'readMessageContent', throttlingGroup: 'Medium', appPermission: 'ReadMessages' },
	readUserCallLog: {
		operationId: 'readUserCallLog',
		throttlingGroup: 'Heavy',
		appPermission: 'ReadCallLog',
		list: { recordsKey: 'records', paging: 'page', maxPageSize: 1000 },
	},
	readCompanyCallLog: {
		operationId: 'readCompanyCallLog',
		throttlingGroup: 'Heavy',
		appPermission: 'ReadCallLog',
		list: { recordsKey: 'records', paging: 'page', maxPageSize: 1000 },
	},
	readCallRecordingContent: { operationId: 'readCallRecordingContent', throttlingGroup: 'Heavy', appPermission: 'ReadCallRecording' },
} satisfies Record<string, OperationMeta>;
