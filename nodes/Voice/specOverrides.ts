import type { OperationMetaTable } from '../shared/routing';

/**
 * The hand-written Voice operations: the operationId each calls (its spec facts come from
 * shared/generated/operationFacts.ts) and what overrides them. An operation that reaches several endpoints has its first endpoint
 * here and the others in the tables below; the generator leaves all of them out.
 */
export const voiceSpecOverrides = {
	ringOut: {
		// A POST that dials: never repeated after an ambiguous failure (the default for POST).
		start: { operationId: 'createRingOutCall' },
		getStatus: { operationId: 'readRingOutCallStatus' },
		cancel: { operationId: 'deleteRingOutCall', emptyResponse: { deleted: true } },
	},
	callLog: {
		getAll: { operationId: 'readUserCallLog' },
		get: { operationId: 'readUserCallRecord' },
		sync: { operationId: 'syncUserCallLog' },
	},
	activeCall: {
		getAll: { operationId: 'listExtensionActiveCalls' },
	},
	callRecordings: {
		get: { operationId: 'readCallRecording' },
		download: { operationId: 'readCallRecordingContent' },
	},
	callControl: {
		// Dials: never repeated after an ambiguous failure.
		callOut: { operationId: 'createCallOutCallSession' },
		getSession: { operationId: 'readCallSessionStatus' },
		getParty: { operationId: 'readCallPartyStatus' },
		answer: { operationId: 'answerCallParty' },
		drop: { operationId: 'deleteCallSession', emptyResponse: { deleted: true } },
		flip: { operationId: 'callFlipParty' },
		forward: { operationId: 'forwardCallParty' },
		hold: { operationId: 'holdCallParty' },
		ignore: { operationId: 'ignoreCallInQueue' },
		park: { operationId: 'callParkParty' },
		pauseRecording: { operationId: 'pauseResumeCallRecording' },
		pickup: { operationId: 'pickupCallParty' },
		reject: { operationId: 'rejectParty' },
		reply: { operationId: 'replyParty' },
		resumeRecording: { operationId: 'pauseResumeCallRecording' },
		startRecording: { operationId: 'startCallRecording' },
		supervise: { operationId: 'superviseCallSession' },
		transfer: { operationId: 'transferCallParty' },
		unhold: { operationId: 'unholdCallParty' },
	},
	// Legacy answering rules (v1.0), for accounts not yet on the new call handling.
	callHandlingRules: {
		getAll: { operationId: 'listAnsweringRules' },
		get: { operationId: 'readAnsweringRule' },
		create: { operationId: 'createAnsweringRule' },
		update: { operationId: 'updateAnsweringRule' },
		delete: { operationId: 'deleteAnsweringRule', emptyResponse: { deleted: true } },
	},
} satisfies OperationMetaTable;

/** The same operations for the whole account (company call log, company active calls) or a single party. */
export const voiceAccountSpecOverrides = {
	callLog: {
		getAll: { operationId: 'readCompanyCallLog' },
		get: { operationId: 'readCompanyCallRecord' },
		sync: { operationId: 'syncAccountCallLog' },
	},
	activeCall: {
		getAll: { operationId: 'listCompanyActiveCalls' },
	},
	callControl: {
		supervise: { operationId: 'superviseCallParty' },
	},
} satisfies OperationMetaTable;

/** Custom rules of the new call handling (v2 interaction rules). */
export const voiceInteractionRuleSpecOverrides = {
	callHandlingRules: {
		getAll: { operationId: 'listVoiceInteractionRules' },
		get: { operationId: 'readVoiceInteractionRule' },
		create: { operationId: 'createVoiceInteractionRule' },
		update: { operationId: 'updateVoiceInteractionRule' },
		delete: { operationId: 'deleteVoiceInteractionRule', emptyResponse: { deleted: true } },
	},
} satisfies OperationMetaTable;

/** Rules of the states (work hours, after hours, do not disturb...) of the new call handling (v2 state-based rules). */
export const voiceStateRuleSpecOverrides = {
	callHandlingRules: {
		getAll: { operationId: 'listVoiceStateBasedRules' },
		get: { operationId: 'readVoiceStateBasedRule' },
		update: { operationId: 'updateVoiceStateBasedRule' },
	},
} satisfies OperationMetaTable;
