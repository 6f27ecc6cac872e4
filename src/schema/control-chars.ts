/**
 * Control characters (C0 but tab and line feed, DEL, C1): a terminal acts on them rather than showing
 * them, so role text may not hold them and messages show them escaped.
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
