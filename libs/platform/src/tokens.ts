export const EVENT_STORE = Symbol('EVENT_STORE');
/** CommandHandlingDeps: the store and the personal-data codec, for handleCommand. */
export const COMMAND_DEPS = Symbol('COMMAND_DEPS');
