//! Where the API lives: from the spec's server.

/// The tenant URL used when none is configured: the spec's default server.
pub const DEFAULT_BASE_URL: &str = "https://sailpoint.api.identitynow.com";

/// Where this API version lives under a tenant's base URL.
pub const API_PATH: &str = "/beta";
