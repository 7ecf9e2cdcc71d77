import type { INodeProperties } from 'n8n-workflow';

import { teamMessagingSpecOverrides } from '../../specOverrides';
import { setStatus } from './common';

/** Its one field, the webhook ID, is in common.ts (webhookDescription). */
export const description: INodeProperties[] = [];

export const execute = setStatus('activate', teamMessagingSpecOverrides.webhook.activate, 'Active');
