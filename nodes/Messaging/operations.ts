import type { OperationMetaTable } from '../shared/routing';

/** Spec facts for each Messaging operation (`x-throttling-group`, `x-app-permission`); a test checks them against the spec. */
export const messagingOperations: OperationMetaTable = {
	sms: {
		send: { operationId: 'createSMSMessage', throttlingGroup: 'Medium', appPermission: 'SMS' },
	},
	mms: {
		send: { operationId: 'createMMS', throttlingGroup: 'Medium', appPermission: 'SMS' },
	},
	fax: {
		send: { operationId: 'createFaxMessage', throttlingGroup: 'Heavy', appPermission: 'Faxes' },
		resend: { operationId: 'createFaxMessage', throttlingGroup: 'Heavy', appPermission: 'Faxes' },
	},
	pager: {
		send: { operationId: 'createInternalTextMessage', throttlingGroup: 'Medium', appPermission: 'InternalMessages' },
	},
	message: {
		get: { operationId: 'readMessage', throttlingGroup: 'Light', appPermission: 'ReadMessages' },
		getAll: {
			operationId: 'listMessages',
			throttlingGroup: 'Light',
			appPermission: 'ReadMessages',
			list: { recordsKey: 'records', paging: 'page', maxPageSize: 1000 },
		},
		update: { operationId: 'updateMessage', throttlingGroup: 'Medium', appPermission: 'EditMessages' },
		delete: { operationId: 'deleteMessage', throttlingGroup: 'Medium', appPermission: 'EditMessages', emptyResponse: { deleted: true } },
		downloadAttachment: { operationId: 'readMessageContent', throttlingGroup: 'Medium', appPermission: 'ReadMessages' },
		sync: { operationId: 'syncMessages', throttlingGroup: 'Light', appPermission: 'ReadMessages' },
	},
	a2pSms: {
		createBatch: { operationId: 'createA2PSMS', throttlingGroup: 'Light', appPermission: 'A2PSMS' },
		getBatch: { operationId: 'readA2PBatch', throttlingGroup: 'Light', appPermission: 'A2PSMS' },
		getManyBatches: {
			operationId: 'listA2PBatches',
			throttlingGroup: 'Light',
			appPermission: 'A2PSMS',
			list: { recordsKey: 'records', paging: 'token', pageSizeParam: 'perPage', maxPageSize: 1000 },
		},
		getManyMessages: {
			operationId: 'listA2PSMS',
			throttlingGroup: 'Light',
			appPermission: 'A2PSMS',
			list: { recordsKey: 'records', paging: 'token', pageSizeParam: 'perPage', maxPageSize: 1000 },
		},
	},
};
