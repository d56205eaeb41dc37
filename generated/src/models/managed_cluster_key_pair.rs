//! `ManagedClusterKeyPair`, from `beta/schemas/ManagedClusterKeyPair.yaml`.

/// Managed Cluster key pair for Cluster
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagedClusterKeyPair {
    /// ManagedCluster publicKey
    #[serde(
        rename = "publicKey",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub public_key: Option<String>,
    /// ManagedCluster publicKeyThumbprint
    #[serde(
        rename = "publicKeyThumbprint",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub public_key_thumbprint: Option<String>,
    /// ManagedCluster publicKeyCertificate
    #[serde(
        rename = "publicKeyCertificate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub public_key_certificate: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagedClusterKeyPair {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ManagedClusterKeyPair {
            public_key: None,
            public_key_thumbprint: None,
            public_key_certificate: None,
            additional_properties: Default::default(),
        }
    }
}
