/** Role files larger than this are refused unread (a real one is a few KiB). */
export const MAX_FILE_BYTES = 512 * 1024;
/** Deeper nesting than this is refused before the YAML parser sees it. */
export const MAX_DEPTH = 32;
