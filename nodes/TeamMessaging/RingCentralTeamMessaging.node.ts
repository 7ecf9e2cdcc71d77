import type { INodePropertyOptions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/descriptions';
import { perItemOperations } from '../shared/execute';
import {
	generatedProperties,
	operationMetaTable,
	resourceOptions,
	resourceProperty,
	withGeneratedOperations,
} from '../shared/generatedNode';
import { sharedRequestHandler } from '../shared/routing';
import { generatedResources } from './generated';
import { listSearch } from './methods';
import { teamMessagingSpecOverrides } from './specOverrides';
import * as adaptiveCard from './resources/adaptiveCard';
import * as calendarEvent from './resources/calendarEvent';
import * as chat from './resources/chat';
import * as conversation from './resources/conversation';
import * as file from './resources/file';
import * as note from './resources/note';
import * as post from './resources/post';
import * as task from './resources/task';
import * as team from './resources/team';
import * as webhook from './resources/webhook';

/** The hand-written resources; the generated operations of their spec tags join them, the rest follow. */
const handWrittenResources: INodePropertyOptions[] = [
	{
		name: 'Adaptive Card',
		value: 'adaptiveCard',
		description: 'Interactive cards with text, facts and buttons, posted to a chat',
	},
	{
		name: 'Calendar Event',
		value: 'calendarEvent',
		description: 'Events in a chat calendar or your own',
	},
	{
		name: 'Chat',
		value: 'chat',
		description: 'Every kind of chat: teams, direct and group conversations, your personal chat',
	},
	{
		name: 'Conversation',
		value: 'conversation',
		description: 'Direct and group conversations, defined by their members',
	},
	{ name: 'File', value: 'file', description: 'Files uploaded for posts and tasks' },
	{
		name: 'Incoming Webhook',
		value: 'webhook',
		description: 'URLs that let other apps post to a chat',
	},
	{ name: 'Note', value: 'note', description: 'Notes (HTML pages) shared in a chat' },
	{ name: 'Post', value: 'post', description: 'Messages in a chat' },
	{ name: 'Task', value: 'task', description: 'Tasks in a chat, with assignees and due dates' },
	{ name: 'Team', value: 'team', description: 'Named chats with members who join and leave' },
];

/** RingCentral Team Messaging: hand-written posts, chats, teams, tasks, notes, events, cards, webhooks and files, plus the rest generated. */
export class RingCentralTeamMessaging implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'RingCentral Team Messaging',
		name: 'ringCentralTeamMessaging',
		icon: {
			light: 'file:../../icons/ringcentral.svg',
			dark: 'file:../../icons/ringcentral.dark.svg',
		},
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Post messages, files and cards to RingCentral chats and teams; manage teams, tasks, notes, calendar events and incoming webhooks',
		defaults: { name: 'RingCentral Team Messaging' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		requestOperations: {
			pagination: sharedRequestHandler(
				operationMetaTable(generatedResources, teamMessagingSpecOverrides),
			),
		},
		properties: [
			authenticationProperty,
			resourceProperty([...handWrittenResources, ...resourceOptions(generatedResources)], 'post'),
			...withGeneratedOperations(
				[
					...adaptiveCard.description,
					...calendarEvent.description,
					...chat.description,
					...conversation.description,
					...file.description,
					...note.description,
					...post.description,
					...task.description,
					...team.description,
					...webhook.description,
				],
				generatedResources,
			),
			...generatedProperties(generatedResources),
		],
	};

	methods = { listSearch };

	customOperations = perItemOperations({
		adaptiveCard: adaptiveCard.handlers,
		calendarEvent: calendarEvent.handlers,
		chat: chat.handlers,
		conversation: conversation.handlers,
		file: file.handlers,
		note: note.handlers,
		post: post.handlers,
		task: task.handlers,
		team: team.handlers,
		webhook: webhook.handlers,
	});
}
