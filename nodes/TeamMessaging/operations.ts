import type { OperationMetaTable } from '../shared/routing';
import type { ListMeta } from '../shared/types';

/** Team Messaging lists: `recordCount` (at most 250) and `pageToken`, next token in `navigation.nextPageToken`. */
const TOKEN_LIST: ListMeta = { recordsKey: 'records', paging: 'token', maxPageSize: 250 };

/**
 * Spec facts for each hand-written Team Messaging operation (`x-throttling-group`, `x-app-permission`);
 * a test checks them against the spec. `npm run generate` leaves these operationIds out of generated/.
 */
export const teamMessagingOperations: OperationMetaTable = {
	adaptiveCard: {
		create: { operationId: 'createGlipAdaptiveCardNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		delete: { operationId: 'deleteGlipAdaptiveCardNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		get: { operationId: 'getGlipAdaptiveCardNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		update: { operationId: 'updateGlipAdaptiveCardNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
	},
	calendarEvent: {
		create: { operationId: 'createEventNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		delete: { operationId: 'deleteEventNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		get: { operationId: 'readEventNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		getAll: { operationId: 'readGlipEventsNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging', list: TOKEN_LIST },
		update: { operationId: 'updateEventNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
	},
	chat: {
		favorite: { operationId: 'favoriteGlipChatNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		get: { operationId: 'readGlipChatNew', throttlingGroup: 'Light', appPermission: 'TeamMessaging' },
		getAll: { operationId: 'listGlipChatsNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging', list: TOKEN_LIST },
		unfavorite: { operationId: 'unfavoriteGlipChatNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
	},
	conversation: {
		create: { operationId: 'createGlipConversationNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
	},
	file: {
		upload: { operationId: 'createGlipFileNew', throttlingGroup: 'Heavy', appPermission: 'TeamMessaging' },
	},
	note: {
		create: { operationId: 'createChatNoteNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		delete: { operationId: 'deleteNoteNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		get: { operationId: 'readUserNoteNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		getAll: { operationId: 'listChatNotesNew', throttlingGroup: 'Heavy', appPermission: 'TeamMessaging', list: TOKEN_LIST },
		publish: { operationId: 'publishNoteNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		update: { operationId: 'patchNoteNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
	},
	post: {
		create: { operationId: 'createGlipPostNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		delete: { operationId: 'deleteGlipPostNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		get: { operationId: 'readGlipPostNew', throttlingGroup: 'Light', appPermission: 'TeamMessaging' },
		getAll: { operationId: 'readGlipPostsNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging', list: TOKEN_LIST },
		update: { operationId: 'patchGlipPostNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
	},
	task: {
		complete: { operationId: 'completeTaskNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		create: { operationId: 'createTaskNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		delete: { operationId: 'deleteTaskNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		get: { operationId: 'readTaskNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		getAll: { operationId: 'listChatTasksNew', throttlingGroup: 'Heavy', appPermission: 'TeamMessaging', list: TOKEN_LIST },
		update: { operationId: 'patchTaskNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
	},
	team: {
		addMembers: { operationId: 'addGlipTeamMembersNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		archive: { operationId: 'archiveGlipTeamNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		create: { operationId: 'createGlipTeamNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		delete: { operationId: 'deleteGlipTeamNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		get: { operationId: 'readGlipTeamNew', throttlingGroup: 'Light', appPermission: 'TeamMessaging' },
		getAll: { operationId: 'listGlipTeamsNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging', list: TOKEN_LIST },
		join: { operationId: 'joinGlipTeamNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		leave: { operationId: 'leaveGlipTeamNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		removeMembers: { operationId: 'removeGlipTeamMembersNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		unarchive: { operationId: 'unarchiveGlipTeamNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		update: { operationId: 'patchGlipTeamNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
	},
	webhook: {
		activate: { operationId: 'activateGlipWebhookNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		create: { operationId: 'createGlipGroupWebhookNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		delete: { operationId: 'deleteGlipWebhookNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		get: { operationId: 'readGlipWebhookNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
		getAll: { operationId: 'listGlipWebhooksNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging', list: { recordsKey: 'records', paging: 'none' } },
		suspend: { operationId: 'suspendGlipWebhookNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
	},
};

/** Requests hand-written operations make besides their own; also left out of generated/. */
export const teamMessagingLookups: OperationMetaTable = {
	calendarEvent: {
		createInChat: { operationId: 'createEventByGroupIdNew', throttlingGroup: 'Medium', appPermission: 'TeamMessaging' },
	},
	webhook: {
		getAllInChat: {
			operationId: 'listGlipGroupWebhooksNew',
			throttlingGroup: 'Medium',
			appPermission: 'TeamMessaging',
			list: { recordsKey: 'records', paging: 'none' },
		},
	},
};
