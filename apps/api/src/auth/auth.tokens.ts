/** Injection tokens of the sign-in module. */
export const SIGN_IN_CONFIG = Symbol('SIGN_IN_CONFIG');
export const SESSION_STORE = Symbol('SESSION_STORE');
export const PASSWORD_STORE = Symbol('PASSWORD_STORE');
export const LOGIN_LIMITER = Symbol('LOGIN_LIMITER');
