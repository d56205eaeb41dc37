//! Where the API lives: from the spec's server.

/// The tenant URL used when none is configured: the spec's default server.
pub const DEFAULT_BASE_URL: &str = "{{ default_base_url }}";

/// Where this API version lives under a tenant's base URL.
pub const API_PATH: &str = "{{ api_path }}";
