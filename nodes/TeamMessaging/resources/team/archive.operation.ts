import type { INodeProperties } from 'n8n-workflow';

import { teamMessagingSpecOverrides } from '../../specOverrides';
import { action } from './common';

/** Its one field, the team, is in common.ts (teamDescription). */
export const description: INodeProperties[] = [];

export const execute = action('archive', teamMessagingSpecOverrides.team.archive, {
	status: 'Archived',
});
