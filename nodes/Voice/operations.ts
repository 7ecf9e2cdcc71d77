import type { OperationMetaTable } from '../shared/routing';
import type { ListMeta } from '../shared/types';

/** Call log lists: classic paging, up to 1000 records a page (the spec types perPage as an integer, so not "max"). */
const CALL_LOG_LIST: ListMeta = { recordsKey: 'records', paging: 'page', maxPageSize: 1000 };
const RULE_LIST: ListMeta = { recordsKey: 'records', paging: 'page', maxPageSize: 1000 };
const V2_LIST: ListMeta = { recordsKey: 'records', paging: 'page', maxPageSize: 1000, pageParam: 'page' };

/**
 * Spec facts for each hand-written Voice operation (`x-throttling-group`, `x-app-permission`; a test
 * checks them against the spec). An operation that reaches several endpoints has its first endpoint
 * here and the others in the tables below; the generator leaves all of them out.
 */
export const voiceOperations: OperationMetaTable = {
	ringOut: {
		// A POST that dials: never repeated after an ambiguous failure (the default for POST).
		start: { operationId: 'createRingOutCall', throttlingGroup: 'Heavy', appPermission: 'RingOut' },
		getStatus: { operationId: 'readRingOutCallStatus', throttlingGroup: 'Light', appPermission: 'RingOut' },
		cancel: { operationId: 'deleteRingOutCall', throttlingGroup: 'Heavy', appPermission: 'RingOut', emptyResponse: { deleted: true } },
	},
	callLog: {
		getAll: { operationId: 'readUserCallLog', throttlingGroup: 'Heavy', appPermission: 'ReadCallLog', list: CALL_LOG_LIST },
		get: { operationId: 'readUserCallRecord', throttlingGroup: 'Heavy', appPermission: 'ReadCallLog' },
		sync: { operationId: 'syncUserCallLog', throttlingGroup: 'Heavy', appPermission: 'ReadCallLog' },
	},
	activeCall: {
		getAll: { operationId: 'listExtensionActiveCalls', throttlingGroup: 'Heavy', appPermission: 'ReadCallLog', list: CALL_LOG_LIST },
	},
	callRecordings: {
		get: { operationId: 'readCallRecording', throttlingGroup: 'Heavy', appPermission: 'ReadCallRecording' },
		download: { operationId: 'readCallRecordingContent', throttlingGroup: 'Heavy', appPermission: 'ReadCallRecording' },
	},
	callControl: {
		// Dials: never repeated after an ambiguous failure.
		callOut: { operationId: 'createCallOutCallSession', throttlingGroup: 'Heavy', appPermission: 'CallControl' },
		getSession: { operationId: 'readCallSessionStatus', throttlingGroup: 'Light', appPermission: 'CallControl' },
		getParty: { operationId: 'readCallPartyStatus', throttlingGroup: 'Light', appPermission: 'CallControl' },
		answer: { operationId: 'answerCallParty', throttlingGroup: 'Light', appPermission: 'CallControl' },
		drop: { operationId: 'deleteCallSession', throttlingGroup: 'Light', appPermission: 'CallControl', emptyResponse: { deleted: true } },
		flip: { operationId: 'callFlipParty', throttlingGroup: 'Light', appPermission: 'CallControl' },
		forward: { operationId: 'forwardCallParty', throttlingGroup: 'Light', appPermission: 'CallControl' },
		hold: { operationId: 'holdCallParty', throttlingGroup: 'Light', appPermission: 'CallControl' },
		ignore: { operationId: 'ignoreCallInQueue', throttlingGroup: 'Light', appPermission: 'CallControl' },
		park: { operationId: 'callParkParty', throttlingGroup: 'Light', appPermission: 'CallControl' },
		pauseRecording: { operationId: 'pauseResumeCallRecording', throttlingGroup: 'Light', appPermission: 'CallControl' },
		pickup: { operationId: 'pickupCallParty', throttlingGroup: 'Light', appPermission: 'CallControl' },
		reject: { operationId: 'rejectParty', throttlingGroup: 'Light', appPermission: 'CallControl' },
		reply: { operationId: 'replyParty', throttlingGroup: 'Light', appPermission: 'CallControl' },
		resumeRecording: { operationId: 'pauseResumeCallRecording', throttlingGroup: 'Light', appPermission: 'CallControl' },
		startRecording: { operationId: 'startCallRecording', throttlingGroup: 'Light', appPermission: 'CallControl' },
		supervise: { operationId: 'superviseCallSession', throttlingGroup: 'Light', appPermission: 'CallControl' },
		transfer: { operationId: 'transferCallParty', throttlingGroup: 'Light', appPermission: 'CallControl' },
		unhold: { operationId: 'unholdCallParty', throttlingGroup: 'Light', appPermission: 'CallControl' },
	},
	// Legacy answering rules (v1.0), for accounts not yet on the new call handling.
	callHandlingRules: {
		getAll: { operationId: 'listAnsweringRules', throttlingGroup: 'Medium', appPermission: 'ReadAccounts', list: RULE_LIST },
		get: { operationId: 'readAnsweringRule', throttlingGroup: 'Light', appPermission: 'ReadAccounts' },
		create: { operationId: 'createAnsweringRule', throttlingGroup: 'Medium', appPermission: 'EditExtensions' },
		update: { operationId: 'updateAnsweringRule', throttlingGroup: 'Medium', appPermission: 'EditExtensions' },
		delete: { operationId: 'deleteAnsweringRule', throttlingGroup: 'Medium', appPermission: 'EditExtensions', emptyResponse: { deleted: true } },
	},
};

/** The same operations for the whole account (company call log, company active calls) or a single party. */
export const voiceAccountOperations: OperationMetaTable = {
	callLog: {
		getAll: { operationId: 'readCompanyCallLog', throttlingGroup: 'Heavy', appPermission: 'ReadCallLog', list: CALL_LOG_LIST },
		get: { operationId: 'readCompanyCallRecord', throttlingGroup: 'Heavy', appPermission: 'ReadCallLog' },
		sync: { operationId: 'syncAccountCallLog', throttlingGroup: 'Heavy', appPermission: 'ReadCallLog' },
	},
	activeCall: {
		getAll: { operationId: 'listCompanyActiveCalls', throttlingGroup: 'Heavy', appPermission: 'ReadCallLog', list: CALL_LOG_LIST },
	},
	callControl: {
		supervise: { operationId: 'superviseCallParty', throttlingGroup: 'Light', appPermission: 'CallControl' },
	},
};

/** Custom rules of the new call handling (v2 interaction rules). */
export const voiceInteractionRuleOperations: OperationMetaTable = {
	callHandlingRules: {
		getAll: { operationId: 'listVoiceInteractionRules', throttlingGroup: 'Medium', appPermission: 'ReadAccounts', list: V2_LIST },
		get: { operationId: 'readVoiceInteractionRule', throttlingGroup: 'Medium', appPermission: 'ReadAccounts' },
		create: { operationId: 'createVoiceInteractionRule', throttlingGroup: 'Medium', appPermission: 'EditExtensions' },
		update: { operationId: 'updateVoiceInteractionRule', throttlingGroup: 'Medium', appPermission: 'EditExtensions' },
		delete: {
			operationId: 'deleteVoiceInteractionRule',
			throttlingGroup: 'Medium',
			appPermission: 'EditExtensions',
			emptyResponse: { deleted: true },
		},
	},
};

/** Rules of the states (work hours, after hours, do not disturb...) of the new call handling (v2 state-based rules). */
export const voiceStateRuleOperations: OperationMetaTable = {
	callHandlingRules: {
		getAll: { operationId: 'listVoiceStateBasedRules', throttlingGroup: 'Medium', appPermission: 'ReadAccounts', list: V2_LIST },
		get: { operationId: 'readVoiceStateBasedRule', throttlingGroup: 'Medium', appPermission: 'ReadAccounts' },
		update: { operationId: 'updateVoiceStateBasedRule', throttlingGroup: 'Medium', appPermission: 'EditExtensions' },
	},
};
