import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as team from './operations';

export const handlers = {
	addMembers: team.addMembers,
	archive: team.archive,
	create: create.create,
	delete: team.remove,
	get: team.get,
	getAll: team.getAll,
	join: team.join,
	leave: team.leave,
	removeMembers: team.removeMembers,
	unarchive: team.unarchive,
	update: create.update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['team'] } },
		options: [
			{
				name: 'Add Members',
				value: 'addMembers',
				action: 'Add members to a team',
				description: 'Add people to a team by person ID or email address',
			},
			{
				name: 'Archive',
				value: 'archive',
				action: 'Archive a team',
				description: 'Archive a team: it becomes read-only and leaves the lists',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a team',
				description: 'Create a named team with members',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a team',
				description: 'Delete a team and its posts for everyone',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a team',
				description: 'Get the name, description, status and access of a team',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many teams',
				description: 'List the teams the authorized user belongs to',
			},
			{
				name: 'Join',
				value: 'join',
				action: 'Join a team',
				description: 'Join a public team as the authorized user',
			},
			{
				name: 'Leave',
				value: 'leave',
				action: 'Leave a team',
				description: 'Leave a team as the authorized user',
			},
			{
				name: 'Remove Members',
				value: 'removeMembers',
				action: 'Remove members from a team',
				description: 'Remove people from a team by person ID',
			},
			{
				name: 'Unarchive',
				value: 'unarchive',
				action: 'Unarchive a team',
				description: 'Restore an archived team',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a team',
				description: 'Rename a team, change its description or whether it is public',
			},
		],
		default: 'create',
	},
	...create.description,
	...team.description,
];
