import type { OperationMetaTable } from '../shared/routing';

/** The hand-written Messaging operations: the operationId each calls (spec facts: shared/generated/operationFacts.ts) and overrides. */
export const messagingSpecOverrides = {
	sms: {
		send: { operationId: 'createSMSMessage' },
	},
	mms: {
		send: { operationId: 'createMMS' },
	},
	fax: {
		send: { operationId: 'createFaxMessage' },
		resend: { operationId: 'createFaxMessage' },
	},
	pager: {
		send: { operationId: 'createInternalTextMessage' },
	},
	message: {
		get: { operationId: 'readMessage' },
		getAll: { operationId: 'listMessages' },
		update: { operationId: 'updateMessage' },
		delete: { operationId: 'deleteMessage', emptyResponse: { deleted: true } },
		downloadAttachment: { operationId: 'readMessageContent' },
		sync: { operationId: 'syncMessages' },
	},
	a2pSms: {
		createBatch: { operationId: 'createA2PSMS' },
		getBatch: { operationId: 'readA2PBatch' },
		getManyBatches: { operationId: 'listA2PBatches' },
		getManyMessages: { operationId: 'listA2PSMS' },
	},
} satisfies OperationMetaTable;
