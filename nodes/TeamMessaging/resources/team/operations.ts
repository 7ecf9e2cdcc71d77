import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { fetchRecords, limitOf } from '../../../shared/paging';
import { ringCentralJson } from '../../../shared/transport';
import type { OperationMeta } from '../../../shared/types';
import { peopleOf, teamIdOf, teamLocator } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

const WITH_TEAM = [
	'get',
	'update',
	'delete',
	'join',
	'leave',
	'addMembers',
	'removeMembers',
	'archive',
	'unarchive',
];

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['team'], operation: WITH_TEAM } }, [teamLocator()]),
	...updateDisplayOptions({ show: { resource: ['team'], operation: ['addMembers'] } }, [
		{
			displayName: 'Members',
			name: 'members',
			type: 'string',
			default: '',
			required: true,
			placeholder: '102, partner@example.com',
			description:
				"Person IDs (a user's extension ID) or email addresses to add, separated by commas; email addresses outside the company are invited as guests",
		},
	]),
	...updateDisplayOptions({ show: { resource: ['team'], operation: ['removeMembers'] } }, [
		{
			displayName: 'Members',
			name: 'members',
			type: 'string',
			default: '',
			required: true,
			placeholder: '102, 103',
			description: "Person IDs (a user's extension ID) to remove, separated by commas",
		},
	]),
	...updateDisplayOptions(
		{ show: { resource: ['team'], operation: ['getAll'] } },
		returnAllOrLimit({}),
	),
];

const teamUrl = (teamId: string) => `/team-messaging/v1/teams/${encodeURIComponent(teamId)}`;

export async function getAll(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await fetchRecords(
		this,
		{ method: 'GET', url: '/team-messaging/v1/teams' },
		teamMessagingSpecOverrides.team.getAll,
		limitOf(this, itemIndex),
		itemIndex,
	);
}

export async function get(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: teamUrl(teamIdOf(this, itemIndex)) },
		teamMessagingSpecOverrides.team.get,
		itemIndex,
	);
}

export async function remove(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	await ringCentralJson(
		this,
		{ method: 'DELETE', url: teamUrl(teamIdOf(this, itemIndex)) },
		teamMessagingSpecOverrides.team.delete,
		itemIndex,
	);
	return { deleted: true };
}

/** The actions without an answer body (204): the output says what happened to which team. */
function action(path: string, meta: OperationMeta, result: IDataObject) {
	return async function (this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		const teamId = teamIdOf(this, itemIndex);
		await ringCentralJson(
			this,
			{ method: 'POST', url: `${teamUrl(teamId)}/${path}` },
			meta,
			itemIndex,
		);
		return { id: teamId, ...result };
	};
}

export const join = action('join', teamMessagingSpecOverrides.team.join, { joined: true });
export const leave = action('leave', teamMessagingSpecOverrides.team.leave, { left: true });
export const archive = action('archive', teamMessagingSpecOverrides.team.archive, {
	status: 'Archived',
});
export const unarchive = action('unarchive', teamMessagingSpecOverrides.team.unarchive, {
	status: 'Active',
});

export async function addMembers(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const members = peopleOf(
		this,
		itemIndex,
		'Members',
		this.getNodeParameter('members', itemIndex, ''),
	);
	const teamId = teamIdOf(this, itemIndex);
	await ringCentralJson(
		this,
		{ method: 'POST', url: `${teamUrl(teamId)}/add`, body: { members } },
		teamMessagingSpecOverrides.team.addMembers,
		itemIndex,
	);
	return { id: teamId, added: members };
}

export async function removeMembers(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject> {
	const members = peopleOf(
		this,
		itemIndex,
		'Members',
		this.getNodeParameter('members', itemIndex, ''),
		{ emails: false },
	);
	const teamId = teamIdOf(this, itemIndex);
	await ringCentralJson(
		this,
		{ method: 'POST', url: `${teamUrl(teamId)}/remove`, body: { members } },
		teamMessagingSpecOverrides.team.removeMembers,
		itemIndex,
	);
	return { id: teamId, removed: members };
}
