import type { OperationMetaTable } from '../shared/routing';

/**
 * The hand-written Team Messaging operations: the operationId each calls (spec facts:
 * shared/generated/operationFacts.ts). `npm run generate` leaves these operationIds out of generated/.
 */
export const teamMessagingSpecOverrides = {
	adaptiveCard: {
		create: { operationId: 'createGlipAdaptiveCardNew' },
		delete: { operationId: 'deleteGlipAdaptiveCardNew' },
		get: { operationId: 'getGlipAdaptiveCardNew' },
		update: { operationId: 'updateGlipAdaptiveCardNew' },
	},
	calendarEvent: {
		create: { operationId: 'createEventNew' },
		delete: { operationId: 'deleteEventNew' },
		get: { operationId: 'readEventNew' },
		getAll: { operationId: 'readGlipEventsNew' },
		update: { operationId: 'updateEventNew' },
	},
	chat: {
		favorite: { operationId: 'favoriteGlipChatNew' },
		get: { operationId: 'readGlipChatNew' },
		getAll: { operationId: 'listGlipChatsNew' },
		unfavorite: { operationId: 'unfavoriteGlipChatNew' },
	},
	conversation: {
		create: { operationId: 'createGlipConversationNew' },
	},
	file: {
		upload: { operationId: 'createGlipFileNew' },
	},
	note: {
		create: { operationId: 'createChatNoteNew' },
		delete: { operationId: 'deleteNoteNew' },
		get: { operationId: 'readUserNoteNew' },
		getAll: { operationId: 'listChatNotesNew' },
		publish: { operationId: 'publishNoteNew' },
		update: { operationId: 'patchNoteNew' },
	},
	post: {
		create: { operationId: 'createGlipPostNew' },
		delete: { operationId: 'deleteGlipPostNew' },
		get: { operationId: 'readGlipPostNew' },
		getAll: { operationId: 'readGlipPostsNew' },
		update: { operationId: 'patchGlipPostNew' },
	},
	task: {
		complete: { operationId: 'completeTaskNew' },
		create: { operationId: 'createTaskNew' },
		delete: { operationId: 'deleteTaskNew' },
		get: { operationId: 'readTaskNew' },
		getAll: { operationId: 'listChatTasksNew' },
		update: { operationId: 'patchTaskNew' },
	},
	team: {
		addMembers: { operationId: 'addGlipTeamMembersNew' },
		archive: { operationId: 'archiveGlipTeamNew' },
		create: { operationId: 'createGlipTeamNew' },
		delete: { operationId: 'deleteGlipTeamNew' },
		get: { operationId: 'readGlipTeamNew' },
		getAll: { operationId: 'listGlipTeamsNew' },
		join: { operationId: 'joinGlipTeamNew' },
		leave: { operationId: 'leaveGlipTeamNew' },
		removeMembers: { operationId: 'removeGlipTeamMembersNew' },
		unarchive: { operationId: 'unarchiveGlipTeamNew' },
		update: { operationId: 'patchGlipTeamNew' },
	},
	webhook: {
		activate: { operationId: 'activateGlipWebhookNew' },
		create: { operationId: 'createGlipGroupWebhookNew' },
		delete: { operationId: 'deleteGlipWebhookNew' },
		get: { operationId: 'readGlipWebhookNew' },
		getAll: { operationId: 'listGlipWebhooksNew' },
		suspend: { operationId: 'suspendGlipWebhookNew' },
	},
} satisfies OperationMetaTable;

/** Requests hand-written operations make besides their own; also left out of generated/. */
export const teamMessagingLookups = {
	calendarEvent: {
		createInChat: { operationId: 'createEventByGroupIdNew' },
	},
	webhook: {
		getAllInChat: { operationId: 'listGlipGroupWebhooksNew' },
	},
} satisfies OperationMetaTable;
