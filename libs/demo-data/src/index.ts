export * from './prng.js';
export * from './calendar.js';
export * from './organisation-numbers.js';
export * from './demo-world.js';
export * from './seed-plan.js';
export * from './demo-data.generator.js';
export * from './seed-driver.js';
export * from './write-behind.js';
