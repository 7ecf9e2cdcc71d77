import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { invalidInput } from '../../../shared/validation';
import { chatIdOf, chatLocator, jsonObjectOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

const SAMPLE_CARD = JSON.stringify(
	{
		type: 'AdaptiveCard',
		version: '1.3',
		body: [
			{
				type: 'Container',
				items: [
					{ type: 'TextBlock', text: 'New lead', weight: 'Bolder', size: 'Medium' },
					{ type: 'FactSet', facts: [{ title: 'Name', value: 'Jane Customer' }] },
				],
			},
		],
		actions: [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://example.com' }],
	},
	null,
	2,
);

const cardField: INodeProperties = {
	displayName: 'Card',
	name: 'card',
	type: 'json',
	default: SAMPLE_CARD,
	required: true,
	description:
		'The Adaptive Card as JSON (design it at adaptivecards.io/designer); "type" and "version" are filled in when missing',
};

const cardIdField: INodeProperties = {
	displayName: 'Card ID',
	name: 'cardId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '1447723526',
	description: 'ID of the card, as returned by Adaptive Card → Create',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['adaptiveCard'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Post an adaptive card to a chat',
				description: 'Post an interactive Adaptive Card (text, facts, buttons) to a chat',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete an adaptive card' },
			{ name: 'Get', value: 'get', action: 'Get an adaptive card' },
			{
				name: 'Update',
				value: 'update',
				action: 'Update an adaptive card',
				description: 'Replace the content of a card already posted',
			},
		],
		default: 'create',
	},
	...updateDisplayOptions({ show: { resource: ['adaptiveCard'], operation: ['create'] } }, [
		chatLocator(),
		cardField,
	]),
	...updateDisplayOptions(
		{ show: { resource: ['adaptiveCard'], operation: ['get', 'update', 'delete'] } },
		[cardIdField],
	),
	...updateDisplayOptions({ show: { resource: ['adaptiveCard'], operation: ['update'] } }, [
		cardField,
	]),
];

/** The card as RingCentral takes it: a JSON object with `type` and `version` (filled in when missing). */
function cardOf(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const card = jsonObjectOf(ctx, itemIndex, 'Card', ctx.getNodeParameter('card', itemIndex, ''));
	if (card.type !== undefined && card.type !== 'AdaptiveCard') {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Card',
			`"type" is "${String(card.type)}"`,
			'An Adaptive Card has "type": "AdaptiveCard".',
		);
	}
	if (!Array.isArray(card.body) && !Array.isArray(card.actions)) {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Card',
			'the card has neither "body" nor "actions"',
			'Add the card\'s elements in "body" (e.g. a TextBlock) or buttons in "actions".',
		);
	}
	return { ...card, type: 'AdaptiveCard', version: card.version ?? '1.3' };
}

const cardUrl = (ctx: IExecuteFunctions, itemIndex: number) => {
	const cardId = String(ctx.getNodeParameter('cardId', itemIndex, '')).trim();
	if (!/^[\w-]+$/.test(cardId))
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Card ID',
			`"${cardId}" is not a card ID`,
			'Use the "id" that Adaptive Card → Create returned.',
		);
	return `/team-messaging/v1/adaptive-cards/${encodeURIComponent(cardId)}`;
};

export const handlers = {
	async create(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		const chatId = chatIdOf(this, itemIndex);
		const body = cardOf(this, itemIndex);
		return await ringCentralJson<IDataObject>(
			this,
			{
				method: 'POST',
				url: `/team-messaging/v1/chats/${encodeURIComponent(chatId)}/adaptive-cards`,
				body,
			},
			teamMessagingSpecOverrides.adaptiveCard.create,
			itemIndex,
		);
	},
	async delete(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		await ringCentralJson(
			this,
			{ method: 'DELETE', url: cardUrl(this, itemIndex) },
			teamMessagingSpecOverrides.adaptiveCard.delete,
			itemIndex,
		);
		return { deleted: true };
	},
	async get(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		return await ringCentralJson<IDataObject>(
			this,
			{ method: 'GET', url: cardUrl(this, itemIndex) },
			teamMessagingSpecOverrides.adaptiveCard.get,
			itemIndex,
		);
	},
	async update(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		const body = cardOf(this, itemIndex);
		return await ringCentralJson<IDataObject>(
			this,
			{ method: 'PUT', url: cardUrl(this, itemIndex), body },
			teamMessagingSpecOverrides.adaptiveCard.update,
			itemIndex,
		);
	},
};
