import type { INodeProperties } from 'n8n-workflow';
import { teamDescription } from './common';
import * as addMembers from './addMembers.operation';
import * as archive from './archive.operation';
import * as create from './create.operation';
import * as deleteTeam from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as join from './join.operation';
import * as leave from './leave.operation';
import * as removeMembers from './removeMembers.operation';
import * as unarchive from './unarchive.operation';
import * as update from './update.operation';

export const handlers = {
	addMembers: addMembers.execute,
	archive: archive.execute,
	create: create.execute,
	delete: deleteTeam.execute,
	get: get.execute,
	getAll: getAll.execute,
	join: join.execute,
	leave: leave.execute,
	removeMembers: removeMembers.execute,
	unarchive: unarchive.execute,
	update: update.execute,
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
	...update.description,
	...teamDescription,
	...addMembers.description,
	...removeMembers.description,
	...getAll.description,
	...get.description,
	...deleteTeam.description,
	...join.description,
	...leave.description,
	...archive.description,
	...unarchive.description,
];
