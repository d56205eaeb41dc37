//! `ManagedClusterRedis`, from `beta/schemas/ManagedClusterRedis.yaml`.

/// Managed Cluster Redis Configuration
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ManagedClusterRedis {
    /// ManagedCluster redisHost
    #[serde(
        rename = "redisHost",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub redis_host: Option<String>,
    /// ManagedCluster redisPort
    #[serde(rename = "redisPort", default, skip_serializing_if = "Option::is_none")]
    pub redis_port: Option<i32>,
}

impl ManagedClusterRedis {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ManagedClusterRedis {
            redis_host: None,
            redis_port: None,
        }
    }
}
