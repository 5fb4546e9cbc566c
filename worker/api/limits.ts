// Limits the API enforces and documents: one place, read by the routes and by the OpenAPI document.
export const EXPLAIN_MAX_BYTES = 64 * 1024
export const BATCH_MAX = 50
export const MATRIX_MIN = 2
export const MATRIX_MAX = 6
