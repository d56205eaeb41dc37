//! `ManagedClusterRedis`, from `beta/schemas/ManagedClusterRedis.yaml`.

/// Managed Cluster Redis Configuration
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagedClusterRedis {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ManagedClusterRedis {
            redis_host: None,
            redis_port: None,
            additional_properties: Default::default(),
        }
    }
}
