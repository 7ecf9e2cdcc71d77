import type { OperationMeta } from '../shared/types';

/** The reads the poll trigger makes (spec facts: shared/generated/operationFacts.ts). */
export const pollTriggerSpecOverrides = {
	syncMessages: { operationId: 'syncMessages' },
	listMessages: { operationId: 'listMessages' },
	readMessageContent: { operationId: 'readMessageContent' },
	readUserCallLog: { operationId: 'readUserCallLog' },
	readCompanyCallLog: { operationId: 'readCompanyCallLog' },
	readCallRecordingContent: { operationId: 'readCallRecordingContent' },
} satisfies Record<string, OperationMeta>;
