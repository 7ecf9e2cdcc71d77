/** RingCentral's documented message limits, shared by the Messaging resources and their tests. */

/** Characters in one SMS request (RingCentral splits longer texts into segments up to this). */
export const SMS_MAX_LENGTH = 1000;

/** RingCentral's MMS limits: 10 attachments, 1.5 MB in total, 10 recipients in a group MMS. */
export const MMS_LIMITS = { attachments: 10, totalBytes: 1.5 * 1024 * 1024, groupRecipients: 10 };

/** Total size of a fax's attachments. */
export const FAX_MAX_BYTES = 50 * 1024 * 1024;
